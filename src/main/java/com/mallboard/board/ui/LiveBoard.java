package com.mallboard.board.ui;

import com.mallboard.board.BoardCard;
import com.mallboard.board.BoardService;
import com.mallboard.board.CardColumns;
import com.mallboard.board.ChangedCards;
import com.mallboard.common.BackgroundTask;
import com.mallboard.common.TaskExecutor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings other desktops' changes onto the board. Changes are gathered as they come (on the feed's thread) and read
 * one batch at a time in the background: while one batch is read, the next gathers, so a burst costs a few reads,
 * not one per notification. A batch of many products, or "everything", reads the whole board once instead.
 * While the board itself loads, changes wait: the load may have read the store before they were made.
 */
final class LiveBoard {
    /** Above this many products one full read is cheaper than a few queries per card. */
    static final int MOST_CARDS_ONE_BY_ONE = 100;
    private static final Logger LOG = LoggerFactory.getLogger(LiveBoard.class);

    private final BoardService board;
    private final TaskExecutor executor;
    private final Consumer<Update> apply;
    private final AtomicReference<ChangedCards> pending = new AtomicReference<>();
    private final AtomicBoolean reading = new AtomicBoolean();
    private volatile boolean paused = true;

    /** {@code apply} runs where the executor reports success (the UI thread in the app). */
    LiveBoard(BoardService board, TaskExecutor executor, Consumer<Update> apply) {
        this.board = board;
        this.executor = executor;
        this.apply = apply;
    }

    /** Called by the feed, on its thread. */
    void offer(ChangedCards change) {
        pending.accumulateAndGet(change, (old, now) -> old == null ? now : old.plus(now));
        drain();
    }

    /** The board is loading: changes wait until {@link #resume()}. */
    void pause() {
        paused = true;
    }

    void resume() {
        paused = false;
        drain();
    }

    private void drain() {
        if (paused || pending.get() == null || !reading.compareAndSet(false, true)) {
            return;
        }
        executor.execute(BackgroundTask.of("task.load.board", this::read, update -> {
            try {
                apply.accept(update);
            } finally {
                reading.set(false);
                drain();
            }
        }, error -> {
            reading.set(false);
            // The next change tries again; a failing read must not spin.
            LOG.warn("Live board: cards changed elsewhere could not be read", error);
        }));
    }

    private Update read() {
        ChangedCards batch = pending.getAndSet(null);
        if (batch == null) {
            return new Update(null, Map.of());
        }
        if (batch.everything() || batch.productIds().size() > MOST_CARDS_ONE_BY_ONE) {
            return new Update(CardColumns.of(board.loadCards()), Map.of());
        }
        Map<Long, Optional<BoardCard>> cards = new LinkedHashMap<>();
        batch.productIds().stream().sorted().forEach(id -> cards.put(id, board.findCard(id)));
        return new Update(null, cards);
    }

    /** Either the whole board read again ({@code columns}), or fresh cards by product (empty: off the board). */
    record Update(CardColumns columns, Map<Long, Optional<BoardCard>> cards) {
        boolean everything() {
            return columns != null;
        }
    }
}
