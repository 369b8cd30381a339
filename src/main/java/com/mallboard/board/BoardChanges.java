package com.mallboard.board;

import java.util.function.Consumer;

/**
 * Changes other desktops make to what the board shows, as they happen (team mode: the server's notifications). A
 * local file has one desktop, so its feed never fires ({@link #NONE}). Listeners are called on the feed's own thread,
 * never the UI thread; bursts arrive coalesced.
 */
public interface BoardChanges extends AutoCloseable {
    /** A feed that never fires. */
    BoardChanges NONE = new BoardChanges() {
        @Override
        public Subscription subscribe(Consumer<ChangedCards> listener) {
            return () -> { };
        }

        @Override
        public void close() {
            // Nothing was opened.
        }
    };

    /** Calls {@code listener} with each batch of changes until the subscription or the feed is closed. */
    Subscription subscribe(Consumer<ChangedCards> listener);

    /** Stops listening and lets go of the connection; listeners hear nothing more. */
    @Override
    void close();

    /** Ends one listener's interest. */
    @FunctionalInterface
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
