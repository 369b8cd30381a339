package com.mallboard.board;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each batch of changes to every subscribed listener. A feed (the server's listener) publishes through it; a
 * listener that throws is logged and does not keep the others from hearing the change.
 */
public class ChangeBroadcast implements BoardChanges {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeBroadcast.class);

    private final List<Consumer<ChangedCards>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    @Override
    public Subscription subscribe(Consumer<ChangedCards> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Tells every listener, on the caller's thread; nothing once closed or when the change is empty. */
    public void publish(ChangedCards change) {
        if (closed || change.isEmpty()) {
            return;
        }
        for (Consumer<ChangedCards> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                LOG.warn("A board change listener failed", e);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        listeners.clear();
    }
}
