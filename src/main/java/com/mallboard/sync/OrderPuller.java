package com.mallboard.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Brings a mall's orders home. Each pull asks for orders placed since the last pull, starting an hour earlier
 * (orders can appear in the mall's list late); the same order arriving twice is one order. Once a day the last
 * 30 days are pulled again: cancellations and shipping changes on older orders are caught there, because webhooks
 * cannot reach a desktop and are lossy anyway.
 */
final class OrderPuller {
    static final Duration OVERLAP = Duration.ofHours(1);
    static final Duration FIRST_PULL = Duration.ofDays(14);
    static final Duration RECONCILE_WINDOW = Duration.ofDays(30);
    static final Duration RECONCILE_EVERY = Duration.ofDays(1);

    private final MallRepository malls;
    private final OrderRepository orders;
    private final Clock clock;

    OrderPuller(MallRepository malls, OrderRepository orders, Clock clock) {
        this.malls = malls;
        this.orders = orders;
        this.clock = clock;
    }

    OrderSaveResult pull(Mall mall, MallGateway gateway) {
        Instant now = clock.instant();
        Instant from = malls.ordersSyncedUntil(mall.id()).map(until -> until.minus(OVERLAP))
                .orElse(now.minus(FIRST_PULL));
        boolean reconcile = malls.ordersReconciledAt(mall.id()).map(at -> at.plus(RECONCILE_EVERY).isBefore(now))
                .orElse(true);
        if (reconcile) {
            from = min(from, now.minus(RECONCILE_WINDOW));
        }
        OrderSaveResult result = orders.save(mall.id(), gateway.ordersBetween(from, now), now);
        malls.recordOrdersSyncedUntil(mall.id(), now);
        if (reconcile) {
            malls.recordOrdersReconciled(mall.id(), now);
        }
        return result;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
