package com.mallboard.sync;

/** How one mall's sync went: jobs sent and failed, orders brought home, and why it stopped early if it did. */
public record MallSyncResult(Mall mall, DrainResult drain, OrderSaveResult orders, String problem) {

    public boolean ok() {
        return problem == null && drain.failed() == 0;
    }
}
