package com.mallboard.bench;

import com.mallboard.board.BoardChanges;
import com.mallboard.board.ui.BoardViewModel;
import com.mallboard.common.PumpedExecutor;
import com.mallboard.demo.SyntheticCatalogue;
import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.store.TestStore;
import com.mallboard.workflow.MoveResult;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The live board's figure (issue 8, goal ≤ 2 s): desktop A moves a card, and the time until desktop B's board model
 * shows it in the new column is taken, many rounds. Both desktops are in this JVM, each with its own store (pool)
 * on the PostgreSQL test server; B follows its own change feed (a connection of its own) and its "UI thread" is this
 * thread, pumping B's background tasks. The clock starts when A's move has committed and stops when B's lists hold
 * the card in its new column; drawing the cells is not included. A plain {@code main}:
 * <pre>
 * ./mvnw -B -q test-compile exec:java -Dexec.mainClass=com.mallboard.bench.LiveBoardBenchmark \
 *     -Dexec.classpathScope=test [-Dexec.args="2000 200"]
 * </pre>
 * (cards on the board, rounds). The server is the one of the PostgreSQL test pass ({@code TestDatabases}).
 */
public final class LiveBoardBenchmark {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final int WARM_UP = 5;

    private LiveBoardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cards = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        System.setProperty("mallboard.test.store", "postgresql");
        System.out.println("load average before the run: " + loadAverage());
        Path folder = Files.createTempDirectory("mallboard-live-bench");
        TestStore desktopA = TestStore.open(folder);
        TestStore desktopB = TestStore.open(folder);
        desktopA.productRepository().createAll(SyntheticCatalogue.generate(cards, 8, desktopA.clock().instant()),
                TestStore.USER);
        Product mover = desktopA.createAt(Stage.PLANNING, TestStore.completeDetails("LIVE-BENCH"));
        PumpedExecutor uiOfB = new PumpedExecutor();
        BoardViewModel boardOfB = new BoardViewModel(desktopB.board(), desktopB.boardActions(),
                desktopB.boardSettings(), uiOfB);
        try (BoardChanges feed = desktopB.database().openChangeFeed()) {
            boardOfB.follow(feed);
            boardOfB.load(error -> {
                throw new IllegalStateException(error);
            });
            uiOfB.pumpAll();
            System.out.printf(Locale.ROOT, "board of B: %,d cards%n", boardOfB.allCards().size());
            List<Double> millis = new ArrayList<>();
            for (int round = 0; round < WARM_UP + rounds; round++) {
                Stage target = round % 2 == 0 ? Stage.SOURCING : Stage.PLANNING;
                MoveResult result = desktopA.boardActions().move(mover.id(), target, "bench");
                long committed = System.nanoTime();
                if (!(result instanceof MoveResult.Moved)) {
                    throw new IllegalStateException("A's move was refused: " + result);
                }
                if (!uiOfB.pumpUntil(() -> shows(boardOfB, mover.id(), target), PATIENCE)) {
                    throw new IllegalStateException("B's board never showed round " + round + " within " + PATIENCE);
                }
                if (round >= WARM_UP) {
                    millis.add((System.nanoTime() - committed) / 1e6);
                }
            }
            report(millis);
        }
        System.out.println("load average after the run: " + loadAverage());
    }

    private static boolean shows(BoardViewModel board, long productId, Stage stage) {
        return board.allCards(stage).stream().anyMatch(card -> card.id() == productId);
    }

    private static void report(List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "A's committed move -> B's board model, %d rounds: median %.0f ms, p95 %.0f ms,"
                + " max %.0f ms, min %.0f ms%n", sorted.size(), at(sorted, 0.5), at(sorted, 0.95),
                sorted.get(sorted.size() - 1), sorted.get(0));
    }

    private static double at(List<Double> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }

    private static String loadAverage() {
        return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
