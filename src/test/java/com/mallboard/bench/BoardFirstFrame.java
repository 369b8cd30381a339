package com.mallboard.bench;

import com.mallboard.app.AppContext;
import com.mallboard.board.ui.BoardView;
import com.mallboard.board.ui.BoardViewModel;
import com.mallboard.board.ui.UndoableEditorCommands;
import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.ui.AppTheme;
import com.mallboard.common.ui.FxTaskExecutor;
import com.mallboard.product.ui.ProductEditorDialog;
import com.mallboard.product.ui.TrashDialog;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Opens the real board on the data folder and times what a user waits for: from building the board view to the
 * first pulse that lays out cards in the columns (the frame is rendered right after that pulse), and to the first
 * pulse once every card is loaded. Runs on Monocle
 * when there is no display, on the real screen (e.g. Xvfb) when there is one.
 */
final class BoardFirstFrame {
    /** Times of one opening, in milliseconds from the start of building the view. */
    record Opening(double firstCards, double allCards) {
    }

    private BoardFirstFrame() {
    }

    static List<Opening> measure(Path dataFolder, int warmUp, int runs) throws Exception {
        startPlatform();
        AppContext context = new AppContext(dataFolder, Clock.systemUTC(), "bench");
        FxTaskExecutor executor = new FxTaskExecutor();
        Stage[] stage = new Stage[1];
        onFx(() -> {
            AppTheme.install();
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new javafx.scene.layout.Pane(), 1600, 1000));
            AppTheme.style(stage[0].getScene());
            stage[0].show();
        });
        List<Opening> openings = new ArrayList<>();
        for (int i = 0; i < warmUp + runs; i++) {
            Opening opening = openOnce(context, executor, stage[0]);
            if (i >= warmUp) {
                openings.add(opening);
            }
        }
        onFx(stage[0]::close);
        executor.shutdown();
        context.close();
        // The JavaFX threads are not daemons; without this the benchmark's JVM never ends.
        Platform.exit();
        return openings;
    }

    private static Opening openOnce(AppContext context, FxTaskExecutor executor, Stage stage) throws Exception {
        CompletableFuture<Opening> done = new CompletableFuture<>();
        onFx(() -> {
            long start = System.nanoTime();
            Messages messages = new Messages(Locale.KOREAN);
            Formats formats = new Formats(Formats.SEOUL, Locale.KOREAN);
            BoardViewModel model = new BoardViewModel(context.board(), context.boardActions(), context.boardSettings(),
                    executor);
            BoardView view = new BoardView(model, context.savedFilters(), messages, formats,
                    new ProductEditorDialog(context.products(), new UndoableEditorCommands(context.boardActions()),
                            executor, messages, formats),
                    new TrashDialog(context.products(), executor, messages, formats));
            Scene scene = stage.getScene();
            long[] firstCards = {0};
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                boolean cardsShown = !view.lookupAll(".card").isEmpty();
                if (cardsShown && firstCards[0] == 0) {
                    firstCards[0] = System.nanoTime();
                }
                if (cardsShown && !model.loadingProperty().get()) {
                    scene.removePostLayoutPulseListener(listener[0]);
                    done.complete(new Opening(millis(firstCards[0] - start), millis(System.nanoTime() - start)));
                }
            };
            scene.addPostLayoutPulseListener(listener[0]);
            scene.setRoot(view);
            view.load();
        });
        return done.get(60, TimeUnit.SECONDS);
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static void startPlatform() throws InterruptedException {
        if (System.getenv("DISPLAY") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("headless.geometry", "1920x1200-32");
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
    }

    private static void onFx(Runnable action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                action.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(60, TimeUnit.SECONDS);
    }
}
