package com.mallboard.sync.ui;

import com.mallboard.common.Messages;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What a running sync looks like, above every screen: a bar per mall (jobs done of queued) with Cancel, then the
 * summary in the board's message-strip style until dismissed or the next sync.
 */
public final class SyncPanel extends VBox {
    private final SyncRunner runner;
    private final Messages messages;
    private final VBox malls = new VBox(4);

    public SyncPanel(SyncRunner runner, Messages messages) {
        this.runner = runner;
        this.messages = messages;
        setId("syncPanel");
        getStylesheets().add(SyncPanel.class.getResource(SyncScreens.STYLESHEET).toExternalForm());
        getChildren().addAll(progressBox(), summaryBanner());
        runner.progress().addListener((ListChangeListener<MallProgress>) change -> showMalls());
    }

    private VBox progressBox() {
        Label title = new Label();
        title.setId("syncProgressTitle");
        title.getStyleClass().add("sync-progress-title");
        title.textProperty().bind(Bindings.when(runner.cancellingProperty())
                .then(messages.get("sync.cancelling")).otherwise(messages.get("sync.running")));
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        Button cancel = new Button(messages.get("sync.cancel"), new FontIcon("mdi2s-stop-circle-outline"));
        cancel.setId("cancelSyncButton");
        cancel.disableProperty().bind(runner.cancellingProperty());
        cancel.setOnAction(e -> runner.cancel());
        HBox header = new HBox(10, title, cancel);
        header.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, header, malls);
        box.setId("syncProgress");
        box.getStyleClass().addAll("message-banner", "banner-info", "sync-progress");
        box.visibleProperty().bind(runner.runningProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void showMalls() {
        malls.getChildren().clear();
        for (MallProgress mall : runner.progress()) {
            Label name = new Label(mall.mallName());
            name.setMinWidth(140);
            ProgressBar bar = new ProgressBar();
            bar.setId("syncProgress-" + mall.mallRef());
            bar.progressProperty().bind(mall.fraction());
            bar.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(bar, Priority.ALWAYS);
            Label count = new Label();
            count.setMinWidth(80);
            count.textProperty().bind(Bindings.createStringBinding(
                    () -> messages.get("sync.progress", mall.doneProperty().get(), mall.totalProperty().get()),
                    mall.doneProperty(), mall.totalProperty()));
            HBox line = new HBox(10, name, bar, count);
            line.setAlignment(Pos.CENTER_LEFT);
            malls.getChildren().add(line);
        }
    }

    private HBox summaryBanner() {
        Label text = new Label();
        text.setId("syncSummary");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button close = new Button(null, new FontIcon("mdi2c-close"));
        close.setId("dismissSyncSummary");
        close.getStyleClass().add("flat");
        close.setOnAction(e -> runner.dismissSummary());
        HBox banner = new HBox(text, close);
        banner.setId("syncSummaryBar");
        banner.getStyleClass().add("message-banner");
        runner.summaryProperty().addListener((obs, old, summary) -> {
            banner.getStyleClass().removeIf(c -> c.startsWith("banner-"));
            text.setText(summary == null ? "" : summary.text());
            if (summary != null) {
                banner.getStyleClass().add("banner-" + summary.kind().name().toLowerCase(Locale.ROOT));
            }
        });
        banner.visibleProperty().bind(runner.summaryProperty().isNotNull());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }
}
