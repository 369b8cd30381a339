package com.mallboard.board;

import com.mallboard.product.Stage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The board's first load, read ahead: the app reads every card and the column settings as soon as the data folder is
 * open, on the thread that opened it, while the window is still being built; the board then shows them in its first
 * frame instead of asking for them once it exists (docs/performance.md, "Cold start"). Taken once, by the first load;
 * every later load reads the store again.
 */
public final class FirstLoad {
    private final BoardService board;
    private final BoardSettings settings;
    private final AtomicReference<CompletableFuture<Board>> ahead = new AtomicReference<>();
    /** The read last armed, taken or not, so that closing the store can wait for it. */
    private volatile CompletableFuture<Board> armed;

    /** Everything the board shows: its cards by column, and the columns' settings as of {@code today}. */
    public record Board(CardColumns columns, Layout layout) {
    }

    /** The columns' WIP limits, the swimlanes, and the day the cards' dates are judged against. */
    public record Layout(Map<Stage, OptionalInt> wipLimits, Swimlanes swimlanes, LocalDate today) {
    }

    public FirstLoad(BoardService board, BoardSettings settings) {
        this.board = board;
        this.settings = settings;
    }

    /**
     * Arms the read and returns it, to be run on a thread of the caller's. Armed before the board exists, so no
     * earlier load can take it.
     */
    public Runnable prepare() {
        CompletableFuture<Board> read = new CompletableFuture<>();
        armed = read;
        ahead.set(read);
        return () -> {
            try {
                read.complete(new Board(CardColumns.of(board.loadCards()), layout()));
            } catch (RuntimeException e) {
                read.completeExceptionally(e);
            }
        };
    }

    /**
     * Waits (at most {@code limit}) until a read that was armed has ended, read or failed: the store it reads must not
     * be closed under it, which would leave the read to open the file again behind the closer's back.
     */
    public void awaitReadAhead(Duration limit) {
        CompletableFuture<Board> read = armed;
        if (read == null) {
            return;
        }
        try {
            read.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // Ended badly or not at all: its failure is the load's to report, and closing cannot wait for ever.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether a read ahead is armed and not yet taken: the board then waits for it ({@link #take}). */
    public boolean pending() {
        return ahead.get() != null;
    }

    /**
     * The board read ahead, waiting for the read to end; read again when there is none or it failed, so a failure is
     * reported like that of any load. Call off the FX thread.
     */
    public Board take() {
        CompletableFuture<Board> read = ahead.getAndSet(null);
        if (read != null) {
            try {
                return read.join();
            } catch (RuntimeException e) {
                // Read again below.
            }
        }
        return new Board(CardColumns.of(board.loadCards()), layout());
    }

    /** The columns' settings as stored now. */
    public Layout layout() {
        Map<Stage, OptionalInt> limits = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            limits.put(stage, settings.wipLimit(stage));
        }
        return new Layout(limits, settings.swimlanes(), board.today());
    }
}
