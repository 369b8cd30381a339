package com.mallboard.sync;

/**
 * How one mall's sync went: jobs sent and failed, orders brought home, and why it stopped early if it did.
 * {@code elsewhere} is set (and nothing was done) when another desktop was syncing the mall at that moment.
 */
public record MallSyncResult(Mall mall, DrainResult drain, OrderSaveResult orders, String problem,
        OutboxClaim elsewhere) {

    public MallSyncResult(Mall mall, DrainResult drain, OrderSaveResult orders, String problem) {
        this(mall, drain, orders, problem, null);
    }

    /** Nothing done: {@code holder} is sending this mall's queue right now. */
    static MallSyncResult sentElsewhere(Mall mall, OutboxClaim holder) {
        return new MallSyncResult(mall, new DrainResult(0, 0, 0, null), new OrderSaveResult(0, 0, 0), null, holder);
    }

    /** Whether another desktop was syncing the mall, so this sync left it alone. */
    public boolean sentByAnotherDesktop() {
        return elsewhere != null;
    }

    public boolean ok() {
        return problem == null && drain.failed() == 0;
    }
}
