package com.mallboard.sync;

import com.mallboard.product.ProductOptionRepository;
import com.mallboard.product.ProductRepository;
import com.mallboard.team.NotAllowedException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Syncs malls: for each enabled mall, in parallel (calls to one mall stay in order on one thread), it refreshes the
 * courier list when stale, drains the outbox and pulls orders. A mall that fails does not stop the others.
 * Each mall's sync first claims the mall in the store ({@link OutboxClaim}), so of all desktops on one store only one
 * syncs a mall at a time; another desktop's sync leaves that mall alone and says so.
 */
public final class SyncService {
    private static final Logger LOG = LoggerFactory.getLogger(SyncService.class);
    private static final Duration CARRIERS_MAX_AGE = Duration.ofDays(1);
    private static final int MAX_PARALLEL_MALLS = 8;
    /**
     * How long a claim on a mall lasts unless renewed (before every call): far longer than one call may take (30 s
     * timeout, a few retries), short enough that a desktop that died mid-drain holds the mall up for minutes, not hours.
     */
    static final Duration CLAIM_LEASE = Duration.ofMinutes(3);

    private final MallRepository malls;
    private final OutboxRepository outbox;
    private final Map<Platform, MallGatewayFactory> gateways;
    private final OutboxWorker worker;
    private final OrderPuller orderPuller;
    private final Clock clock;
    private final ClaimHolder self;

    public SyncService(MallRepository malls, ListingRepository listings, OutboxRepository outbox,
            OrderRepository orders, ProductRepository products, ProductOptionRepository options,
            Map<Platform, MallGatewayFactory> gateways, Clock clock) {
        this.malls = malls;
        this.outbox = outbox;
        this.gateways = Map.copyOf(gateways);
        this.clock = clock;
        this.worker = new OutboxWorker(outbox, malls, new ListingPusher(products, options, listings, outbox, clock),
                new ShipmentPusher(orders, outbox, clock), listings, clock);
        this.orderPuller = new OrderPuller(malls, orders, clock);
        this.self = ClaimHolder.thisProcess();
    }

    /** Every enabled mall, in parallel. */
    public List<MallSyncResult> syncAll(SyncListener listener, CancelSignal cancel) {
        return syncAll(mall -> true, listener, cancel);
    }

    /** The enabled malls {@code which} accepts, in parallel. */
    public List<MallSyncResult> syncAll(java.util.function.Predicate<Mall> which, SyncListener listener,
            CancelSignal cancel) {
        List<Mall> enabled = malls.all().stream().filter(Mall::enabled).filter(which).toList();
        if (enabled.isEmpty()) {
            return List.of();
        }
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(enabled.size(), MAX_PARALLEL_MALLS), r -> {
            Thread thread = new Thread(r, "mall-sync-" + threadNo.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<MallSyncResult>> running = new ArrayList<>();
            for (Mall mall : enabled) {
                running.add(pool.submit(() -> sync(mall, listener, cancel)));
            }
            List<MallSyncResult> results = new ArrayList<>();
            for (Future<MallSyncResult> future : running) {
                results.add(await(future));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    public MallSyncResult syncMall(long mallRef, SyncListener listener, CancelSignal cancel) {
        Mall mall = malls.find(mallRef).orElseThrow(() -> new IllegalArgumentException("no mall " + mallRef));
        return sync(mall, listener, cancel);
    }

    private MallSyncResult sync(Mall mall, SyncListener listener, CancelSignal cancel) {
        String token = UUID.randomUUID().toString();
        OutboxClaim claim = outbox.claim(mall.id(), token, self, CLAIM_LEASE);
        if (!claim.ours() && claim.holder().goneFrom(self.host())) {
            LOG.warn("Mall {}: the app that was syncing it on this machine ({}) is gone; taking over at once",
                    mall.mallId(), claim.holderName());
            outbox.releaseClaim(mall.id(), claim.token());
            claim = outbox.claim(mall.id(), token, self, CLAIM_LEASE);
        }
        if (!claim.ours()) {
            LOG.info("Sync of mall {} left alone: {} is syncing it (claim until {})", mall.mallId(), claim.holderName(),
                    claim.expiresAt());
            return MallSyncResult.sentElsewhere(mall, claim);
        }
        if (claim.tookOverFrom() != null) {
            LOG.warn("Mall {}: the sync of {} ended without freeing the mall (the desktop stopped or lost the server);"
                    + " this desktop takes over, reading the mall first for jobs already tried", mall.mallId(),
                    claim.tookOverFrom());
        }
        try {
            return syncClaimed(mall, token, listener, cancel);
        } finally {
            outbox.releaseClaim(mall.id(), token);
        }
    }

    private MallSyncResult syncClaimed(Mall mall, String token, SyncListener listener, CancelSignal cancel) {
        MallSyncResult result = syncLogged(mall, token, listener, cancel);
        // Counts and codes only: the mall's own words may echo a receiver or a token; they stay in the job log.
        LOG.info("Sync of mall {}: sent {}, failed {}, orders new {}, updated {}{}", mall.mallId(), result.drain().sent(),
                result.drain().failed(), result.orders().added(), result.orders().updated(), result.ok() ? ""
                        : "; stopped (see the job log)");
        return result;
    }

    private MallSyncResult syncLogged(Mall mall, String token, SyncListener listener, CancelSignal cancel) {
        OrderSaveResult noOrders = new OrderSaveResult(0, 0, 0);
        try (MallGateway gateway = new ClaimedGateway(gatewayFor(mall), () -> renew(mall, token))) {
            refreshCarriersIfStale(mall, gateway);
            DrainResult drain = worker.drain(mall, gateway, cancel, listener);
            if (drain.stoppedBy() != null || cancel.cancelled()) {
                return new MallSyncResult(mall, drain, noOrders, drain.stoppedBy());
            }
            OrderSaveResult orders = pullOrders(mall, gateway);
            malls.recordSync(mall.id(), clock.instant());
            malls.recordConnectionProblem(mall.id(), null);
            return new MallSyncResult(mall, drain, orders, null);
        } catch (MallAuthorizationException e) {
            LOG.warn("Mall {} refused our authorization; it must be connected again", mall.mallId());
            malls.recordConnectionProblem(mall.id(), e.getMessage());
            return new MallSyncResult(mall, new DrainResult(0, 0, 0, e.getMessage()), noOrders, e.getMessage());
        } catch (OutboxClaimLostException e) {
            LOG.warn("Sync of mall {} stopped: its claim ran out and another desktop took it over", mall.mallId());
            return new MallSyncResult(mall, new DrainResult(0, 0, 0, e.getMessage()), noOrders, e.getMessage());
        } catch (MallCallException e) {
            LOG.warn("Sync of mall {} failed: HTTP {}, code {}", mall.mallId(), e.status(), e.mallCode());
            return new MallSyncResult(mall, new DrainResult(0, 0, 0, e.summary()), noOrders, e.summary());
        }
    }

    private void renew(Mall mall, String token) {
        if (!outbox.renewClaim(mall.id(), token, CLAIM_LEASE)) {
            throw new OutboxClaimLostException(mall.mallId());
        }
    }

    /**
     * On a team server only the warehouse saves orders, which carry receivers' personal data; another person's desktop
     * still pushes products and shipments, and leaves the orders to the warehouse's.
     */
    private OrderSaveResult pullOrders(Mall mall, MallGateway gateway) {
        try {
            return orderPuller.pull(mall, gateway);
        } catch (NotAllowedException e) {
            LOG.info("Orders of mall {} are left to a warehouse desktop: this account may not save them", mall.mallId());
            return new OrderSaveResult(0, 0, 0);
        }
    }

    private void refreshCarriersIfStale(Mall mall, MallGateway gateway) {
        boolean stale = malls.carriersFetchedAt(mall.id())
                .map(at -> at.plus(CARRIERS_MAX_AGE).isBefore(clock.instant())).orElse(true);
        if (stale) {
            malls.replaceCarriers(mall.id(), gateway.carriers(), clock.instant());
        }
    }

    private MallGateway gatewayFor(Mall mall) {
        MallGatewayFactory factory = gateways.get(mall.platform());
        if (factory == null) {
            throw new MallCallException(0, "platform", "no adapter for " + mall.platform(), false);
        }
        return factory.open(mall);
    }

    public int pendingJobs(long mallRef) {
        return outbox.pendingCount(mallRef);
    }

    private static MallSyncResult await(Future<MallSyncResult> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sync interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("sync failed: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
