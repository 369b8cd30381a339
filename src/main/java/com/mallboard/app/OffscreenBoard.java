package com.mallboard.app;

import com.mallboard.board.BoardCard;
import com.mallboard.board.ui.BoardView;
import com.mallboard.common.DataReopener;
import com.mallboard.common.ui.AppTheme;
import com.mallboard.common.ui.FxTaskExecutor;
import com.mallboard.settings.UserPreferences;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;

/**
 * The main window exactly as a user gets it (the same {@link MainScene} and {@link MainWindow}), built on the FX thread
 * of a running toolkit, waited for until the board has loaded every card, then drawn into an image.
 */
final class OffscreenBoard implements AutoCloseable {
    static final int WIDTH = 1400;
    static final int HEIGHT = 900;
    private static final Duration LOAD_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration FX_TIMEOUT = Duration.ofSeconds(30);

    private final FxTaskExecutor executor = new FxTaskExecutor();
    private Stage stage;
    private MainScene mainScene;

    /** What was drawn: the board's cards, the cards on screen (list cells holding a card), and the frame itself. */
    record Rendered(int cardsOnBoard, int cardsDrawn, String boardMessage, Image image) {
        /** A frame of one colour means nothing was drawn (no CSS, no fonts, no scene graph). */
        boolean blank() {
            PixelReader pixels = image.getPixelReader();
            int first = pixels.getArgb(0, 0);
            for (int y = 0; y < (int) image.getHeight(); y += 7) {
                for (int x = 0; x < (int) image.getWidth(); x += 7) {
                    if (pixels.getArgb(x, y) != first) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    /** Builds the main window over {@code context}, waits until the board has loaded, and takes a snapshot. */
    Rendered render(AppContext context, Locale locale) throws InterruptedException, TimeoutException {
        CompletableFuture<BoardView> loaded = new CompletableFuture<>();
        HeadlessFx.call(() -> {
            AppTheme.install();
            stage = new Stage();
            stage.setScene(new Scene(new Label(), WIDTH, HEIGHT));
            AppTheme.style(stage.getScene());
            stage.show();
            // The user's own preferences (theme): the board is drawn as they would see it.
            mainScene = new MainScene(stage, context, executor, uri -> { }, OffscreenBoard::refuseReopen,
                    UserPreferences.forUser(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home")),
                    Optional.empty());
            mainScene.show(locale);
            BoardView board = mainScene.current().board();
            board.model().loadingProperty().addListener((obs, was, loading) -> {
                if (!loading) {
                    loaded.complete(board);
                }
            });
            if (!board.model().loadingProperty().get()) {
                loaded.complete(board);
            }
            return board;
        }, FX_TIMEOUT);
        HeadlessFx.await(loaded, LOAD_TIMEOUT);
        return HeadlessFx.call(this::snapshot, FX_TIMEOUT);
    }

    private Rendered snapshot() {
        BoardView board = mainScene.current().board();
        Image image = stage.getScene().snapshot(null);
        int drawn = (int) board.lookupAll(".list-cell").stream()
                .filter(Node::isVisible)
                .filter(node -> node instanceof ListCell<?> cell && cell.getItem() instanceof BoardCard)
                .count();
        return new Rendered(board.model().allCards().size(), drawn, board.message(), image);
    }

    private static void refuseReopen(java.nio.file.Path folder, DataReopener.WhileClosed whileClosed) {
        throw new IllegalStateException("the smoke test does not reopen the data folder");
    }

    @Override
    public void close() throws InterruptedException, TimeoutException {
        HeadlessFx.call(() -> {
            if (mainScene != null && mainScene.current() != null) {
                mainScene.current().stop();
            }
            if (stage != null) {
                stage.close();
            }
            return null;
        }, FX_TIMEOUT);
        executor.shutdown();
    }
}
