package com.mallboard.app;

import com.mallboard.common.BackgroundTask;
import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * Offers the demo catalogue on a first run and, while demo products are on the board, says so with a one-click
 * removal. Demo data never mixes silently with real products.
 */
final class DemoBanner extends HBox {
    private static final String OFFERED = "app.demo.offered";

    private final AppContext context;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Runnable reloadBoard;
    private final Label text = new Label();
    private final Button primary = new Button();
    private final Button dismiss = new Button();

    DemoBanner(AppContext context, TaskExecutor executor, Messages messages, Runnable reloadBoard) {
        this.context = context;
        this.executor = executor;
        this.messages = messages;
        this.reloadBoard = reloadBoard;
        setId("demoBanner");
        getStyleClass().add("demo-banner");
        text.setId("demoBannerText");
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        primary.setId("demoBannerAction");
        primary.getStyleClass().add("accent");
        dismiss.setId("demoBannerDismiss");
        getChildren().addAll(text, primary, dismiss);
        hide();
    }

    /** Shows the offer when the board is empty and the offer was never answered; otherwise the demo notice. */
    void offerOnFirstRun() {
        executor.execute(BackgroundTask.of("task.load.board", () -> new State(
                isBoardEmpty() && context.settings().get(OFFERED).isEmpty(),
                context.demo().isInstalled()), this::show, null));
    }

    /** Counted, not read: at start-up the board itself is reading every product at the same time. */
    private boolean isBoardEmpty() {
        return context.productRepository().countActiveByStage().values().stream().allMatch(count -> count == 0);
    }

    private record State(boolean offer, boolean installed) {
    }

    private void show(State state) {
        if (state.installed()) {
            showNotice();
        } else if (state.offer()) {
            text.setText(messages.get("demo.offer"));
            dismiss.setText(messages.get("demo.dismiss"));
            primary.setText(messages.get("demo.install"));
            primary.setOnAction(e -> install());
            dismiss.setOnAction(e -> {
                remember();
                hide();
            });
            setVisible(true);
            setManaged(true);
        } else {
            hide();
        }
    }

    private void showNotice() {
        text.setText(messages.get("demo.notice"));
        primary.setText(messages.get("demo.remove"));
        primary.setOnAction(e -> remove());
        dismiss.setText(messages.get("demo.hide"));
        dismiss.setOnAction(e -> hide());
        setVisible(true);
        setManaged(true);
    }

    void install() {
        executor.execute(BackgroundTask.of("task.demo.install", () -> {
            context.settings().put(OFFERED, "true");
            int installed = context.demo().install();
            context.learnedHistory().forget();
            context.sync().malls().all().stream().filter(m -> m.demo() && m.enabled()).findFirst()
                    .ifPresent(demoMall -> DemoMallRuntime.listDemoProducts(context, demoMall));
            return installed;
        }, count -> {
            reloadBoard.run();
            showNotice();
        }, null));
    }

    void remove() {
        executor.execute(BackgroundTask.of("task.demo.remove", () -> {
            int removed = context.demo().remove();
            context.learnedHistory().forget();
            return removed;
        }, count -> {
            reloadBoard.run();
            hide();
        }, null));
    }

    private void remember() {
        executor.execute(BackgroundTask.of("task.save.settings", () -> {
            context.settings().put(OFFERED, "true");
            return true;
        }, null, null));
    }

    private void hide() {
        setVisible(false);
        setManaged(false);
    }
}
