package com.mallboard.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.Product;
import com.mallboard.product.StageMove;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ten desktops on one store (ten connections to one SQLite file, or ten pools on one PostgreSQL database), on ten
 * threads at once: each raises prices, adds tags and moves the same three listed products through the real services,
 * registers a tracking number, and syncs the one mall they share. Afterwards nothing is lost (every successful save
 * is in the final state, every refused one was refused as stale), and the mall got every change exactly once.
 */
class OutboxConcurrencyTest {
    private static final int DESKTOPS = 10;
    private static final int PRODUCTS = 3;
    private static final int ROUNDS = 15;
    private static final long START_PRICE = 28_000;

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void tenDesktopsEditingMovingAndSyncingTheSameProductsLoseNothingAndSendEachChangeOnce() throws Exception {
        SyncFixture fx = new SyncFixture(folder);
        CountingMall mall = new CountingMall(fx.remote);
        List<Product> products = new ArrayList<>();
        for (int i = 1; i <= PRODUCTS; i++) {
            products.add(fx.listedProduct(fx.mall(), "TOR-" + i));
        }
        for (int i = 1; i <= DESKTOPS; i++) {
            fx.order(orderId(i), SyncFixture.line(orderId(i) + "-01", "TOR-1", "선크림", 1));
        }
        fx.syncNow();
        List<String> setupWrites = mall.productWrites();
        Map<Long, Integer> historyBefore = new HashMap<>();
        products.forEach(p -> historyBefore.put(p.id(), fx.store.products().stageHistory(p.id()).size()));
        List<TeamDesktop> desktops = new ArrayList<>();
        for (int d = 0; d < DESKTOPS; d++) {
            desktops.add(new TeamDesktop("desk-" + d, folder, mall));
        }

        long started = System.nanoTime();
        runTogether(desktops, fx.mall(), products);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        desktops.get(0).syncNow(fx.mall());

        List<String> unexpected = desktops.stream().flatMap(d -> d.unexpected.stream()).toList();
        assertThat(unexpected).as("every failure was a stale save, every sync went through").isEmpty();
        int stale = desktops.stream().mapToInt(d -> d.staleRefusals.get()).sum();
        assertThat(stale).as("the desktops really collided").isPositive();
        for (Product product : products) {
            assertNothingLost(fx, desktops, product, historyBefore.get(product.id()));
        }
        assertThat(fx.pending(fx.mall())).isZero();
        assertThat(fx.failed(fx.mall())).isZero();
        assertThat(mall.overlaps()).as("no two drains at the mall at once").isZero();
        assertEachChangeSentOnce(fx, mall, products, setupWrites);
        assertThat(mall.registrations()).as("each tracking number registered exactly once").hasSize(DESKTOPS)
                .allSatisfy((trackingNo, times) -> assertThat(times).as(trackingNo).isEqualTo(1));
        assertThat(fx.remote.shipments).hasSize(DESKTOPS);
        System.out.printf("%d desktops x %d rounds in %d s: %d saves, %d refused as stale, %d syncs left alone%n",
                DESKTOPS, ROUNDS, seconds, desktops.stream().mapToInt(TeamDesktop::saves).sum(), stale,
                desktops.stream().mapToInt(d -> d.syncsLeftAlone.get()).sum());
    }

    private static void runTogether(List<TeamDesktop> desktops, Mall mall, List<Product> products) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(DESKTOPS);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int d = 0; d < desktops.size(); d++) {
                TeamDesktop desktop = desktops.get(d);
                int seed = d;
                running.add(threads.submit(() -> {
                    go.await();
                    work(desktop, seed, mall, products);
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> each : running) {
                each.get(80, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** One desktop's session: a tracking number first, then edits and moves of random products, a sync now and then. */
    private static void work(TeamDesktop desktop, int seed, Mall mall, List<Product> products) {
        Random random = new Random(seed);
        StoredOrder order = desktop.orders.findByOrderId(orderId(seed + 1)).get(0);
        desktop.orders.recordTracking(order, List.of(order.items().get(0).itemCode()),
                String.format("6000%08d", seed + 1), "0006");
        for (int round = 0; round < ROUNDS; round++) {
            long productId = products.get(random.nextInt(products.size())).id();
            int what = random.nextInt(10);
            if (what < 5) {
                desktop.raisePrice(productId);
            } else if (what < 7) {
                desktop.addTag(productId, desktop.name + "-" + round);
            } else {
                desktop.moveBackOrForth(productId);
            }
            if (round % 3 == 2) {
                desktop.syncNow(mall);
            }
        }
    }

    /** Price, tags, stage history and version all account for every successful save of every desktop. */
    private static void assertNothingLost(SyncFixture fx, List<TeamDesktop> desktops, Product before,
            int historyBefore) {
        Product after = fx.store.reload(before);
        int raises = desktops.stream().mapToInt(d -> count(d.priceRaises, before.id())).sum();
        int moves = desktops.stream().mapToInt(d -> count(d.moves, before.id())).sum();
        Set<String> added = new HashSet<>();
        desktops.forEach(d -> added.addAll(d.tagsAdded.getOrDefault(before.id(), List.of())));
        assertThat(after.details().priceWon()).as(before.sku() + " price").isEqualTo(START_PRICE + raises);
        assertThat(after.tags()).as(before.sku() + " tags").containsAll(added).hasSize(before.tags().size() + added.size());
        List<StageMove> history = fx.store.products().stageHistory(before.id());
        assertThat(history).as(before.sku() + " stage history").hasSize(historyBefore + moves);
        List<StageMove> newMoves = history.subList(historyBefore, history.size());
        assertThat(newMoves.isEmpty() || newMoves.get(0).from() == before.stage()).isTrue();
        for (int i = 1; i < newMoves.size(); i++) {
            assertThat(newMoves.get(i).from()).as("each move starts where the one before ended")
                    .isEqualTo(newMoves.get(i - 1).to());
        }
        assertThat(after.version()).as(before.sku() + " version").isEqualTo(before.version() + raises + moves
                + added.size());
    }

    /** Each price the store held was sent once at most, and the last one reached the mall. */
    private static void assertEachChangeSentOnce(SyncFixture fx, CountingMall mall, List<Product> products,
            List<String> setupWrites) {
        List<String> writes = mall.productWrites().subList(setupWrites.size(), mall.productWrites().size());
        assertThat(writes).as("no change sent twice").doesNotHaveDuplicates();
        for (Product product : products) {
            long finalPrice = fx.store.reload(product).details().priceWon();
            RemoteProduct remote = fx.remote.products.values().stream()
                    .filter(p -> p.customProductCode().equals(product.sku())).findFirst().orElseThrow();
            assertThat(remote.priceWon()).as(product.sku() + " at the mall").isEqualTo(finalPrice);
        }
        assertThat(writes).as("no product created again").allMatch(w -> w.startsWith("update "));
        assertThat(fx.remote.products).hasSize(PRODUCTS);
    }

    private static int count(Map<Long, AtomicInteger> counts, long id) {
        AtomicInteger n = counts.get(id);
        return n == null ? 0 : n.get();
    }

    private static String orderId(int n) {
        return String.format("20261125-%07d", n);
    }
}
