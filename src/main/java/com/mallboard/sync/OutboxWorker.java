package com.mallboard.sync;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Drains one mall's outbox, oldest job first, one call at a time. A job is done only after the mall confirmed it.
 * A failure the mall may get over (5xx, timeout) leaves the job pending with a growing delay and ends this drain:
 * the mall is down and the next jobs would fail too. A refusal (4xx) fails only that job, with the mall's message,
 * and the drain goes on. A refused authorization stops the drain and marks the mall for reconnecting.
 */
final class OutboxWorker {
    private static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    private static final Duration MAX_DELAY = Duration.ofHours(1);
    private static final int MAX_ATTEMPTS = 10;

    private final OutboxRepository outbox;
    private final MallRepository malls;
    private final ListingPusher listings;
    private final ShipmentPusher shipments;
    private final ListingRepository listingRepository;
    private final Clock clock;

    OutboxWorker(OutboxRepository outbox, MallRepository malls, ListingPusher listings, ShipmentPusher shipments,
            ListingRepository listingRepository, Clock clock) {
        this.outbox = outbox;
        this.malls = malls;
        this.listings = listings;
        this.shipments = shipments;
        this.listingRepository = listingRepository;
        this.clock = clock;
    }

    DrainResult drain(Mall mall, MallGateway gateway, CancelSignal cancel, SyncListener listener) {
        MallRequirements requirements = MallRequirements.forPlatform(mall.platform());
        int sent = 0;
        int failed = 0;
        int total = outbox.pendingCount(mall.id());
        listener.progress(mall, 0, total);
        while (!cancel.cancelled()) {
            Optional<OutboxJob> next = outbox.nextDue(mall.id(), clock.instant());
            if (next.isEmpty()) {
                break;
            }
            OutboxJob job = next.get();
            outbox.markStarted(job.id());
            try {
                if (run(job, gateway, requirements)) {
                    sent++;
                } else {
                    failed++;
                }
            } catch (MallAuthorizationException e) {
                outbox.markRetry(job.id(), e.getMessage(), clock.instant());
                malls.recordConnectionProblem(mall.id(), e.getMessage());
                return new DrainResult(sent, failed, 1, e.getMessage());
            } catch (MallCallException e) {
                if (e.retryable() && job.attempts() + 1 < MAX_ATTEMPTS) {
                    outbox.markRetry(job.id(), e.summary(), clock.instant().plus(delayAfter(job.attempts() + 1)));
                    recordListingProblem(job, ListingStatus.PENDING, e.summary());
                    return new DrainResult(sent, failed, 1, e.summary());
                }
                outbox.markFailed(job.id(), e.summary());
                recordListingProblem(job, ListingStatus.FAILED, e.summary());
                failed++;
            }
            total = Math.max(total, sent + failed + outbox.pendingCount(mall.id()));
            listener.progress(mall, sent + failed, total);
        }
        return new DrainResult(sent, failed, 0, null);
    }

    /** Whether the job reached the mall; a listing with missing fields fails without a call. */
    private boolean run(OutboxJob job, MallGateway gateway, MallRequirements requirements) {
        return switch (job.kind()) {
            case PUSH_LISTING -> listings.push(job, gateway, requirements);
            case PUSH_SHIPMENT -> {
                shipments.push(job, gateway);
                yield true;
            }
        };
    }

    private void recordListingProblem(OutboxJob job, ListingStatus status, String problem) {
        if (job.kind() == JobKind.PUSH_LISTING) {
            listingRepository.recordStatus(job.subjectId(), status, problem);
        }
    }

    /** 30 s, 1 min, 2 min, ... capped at an hour: a mall that is down for a while is not hammered. */
    static Duration delayAfter(int attempts) {
        long factor = 1L << Math.min(attempts - 1, 20);
        Duration delay = FIRST_DELAY.multipliedBy(factor);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }
}
