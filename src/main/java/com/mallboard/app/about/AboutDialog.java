package com.mallboard.app.about;

import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.common.ui.Windows;
import com.mallboard.report.ui.FileOpener;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * "About Mallboard": the version, the Java runtime, the system, where the data and the logs are, and how much the
 * database holds, with "Open log folder" and "Copy diagnostics" for a message to support.
 */
public final class AboutDialog {
    private final Callable<Diagnostics> source;
    private final TaskExecutor executor;
    private final FileOpener opener;
    private final Messages messages;

    public AboutDialog(Callable<Diagnostics> source, TaskExecutor executor, FileOpener opener, Messages messages) {
        this.source = source;
        this.executor = executor;
        this.opener = opener;
        this.messages = messages;
    }

    /** The navigation bar's button (right end, an icon with a tooltip) that opens this dialog over {@code owner}. */
    public Button button(Supplier<Window> owner) {
        Button button = new Button(null, new FontIcon("mdi2i-information-outline"));
        button.setId("aboutButton");
        button.setTooltip(new Tooltip(messages.get("about.button")));
        button.getStyleClass().add("navigation-button");
        button.setFocusTraversable(false);
        button.setOnAction(e -> show(owner.get()));
        return button;
    }

    public Stage show(Window owner) {
        Stage window = Windows.modal(owner);
        window.setTitle(messages.get("about.title"));
        AboutViewModel model = new AboutViewModel(source, executor, opener, messages);
        Windows.setContent(window, content(model, window), 640, 420);
        model.load();
        window.show();
        return window;
    }

    private VBox content(AboutViewModel model, Stage window) {
        GridPane facts = new GridPane();
        facts.setHgap(16);
        facts.setVgap(8);
        row(facts, model, "aboutVersion", "about.version", Diagnostics::appVersion);
        row(facts, model, "aboutJava", "about.java", Diagnostics::java);
        row(facts, model, "aboutOs", "about.os", Diagnostics::os);
        row(facts, model, "aboutDataFolder", "about.data.folder", d -> d.dataFolder().toString());
        row(facts, model, "aboutDatabaseSize", "about.database.size", d -> Diagnostics.readableSize(d.databaseBytes()));
        row(facts, model, "aboutMalls", "about.malls", d -> Integer.toString(d.counts().malls()));
        row(facts, model, "aboutProducts", "about.products", d -> Integer.toString(d.counts().products()));
        row(facts, model, "aboutLogFolder", "about.log.folder", d -> d.logFolder().toString());
        Label title = new Label(messages.get("about.title"));
        title.getStyleClass().add("title-3");
        Label feedback = new Label();
        feedback.setId("aboutFeedback");
        feedback.setWrapText(true);
        feedback.textProperty().bind(model.feedbackProperty());
        VBox box = new VBox(16, title, facts, feedback, buttons(model, window));
        box.setId("aboutView");
        box.setStyle("-fx-padding: 20;");
        VBox.setVgrow(feedback, Priority.ALWAYS);
        return box;
    }

    private void row(GridPane facts, AboutViewModel model, String id, String labelKey,
            Function<Diagnostics, String> value) {
        Label label = new Label(messages.get(labelKey));
        label.getStyleClass().add("text-muted");
        Label shown = new Label();
        shown.setId(id);
        shown.setWrapText(true);
        shown.textProperty().bind(Bindings.createStringBinding(() -> model.diagnosticsProperty().get() == null
                ? messages.get("about.loading") : value.apply(model.diagnosticsProperty().get()),
                model.diagnosticsProperty()));
        int row = facts.getRowCount();
        facts.add(label, 0, row);
        facts.add(shown, 1, row);
    }

    private HBox buttons(AboutViewModel model, Stage window) {
        Button openLogs = new Button(messages.get("about.open.logs"), new FontIcon("mdi2f-folder-open-outline"));
        openLogs.setId("openLogFolderButton");
        openLogs.setOnAction(e -> model.openLogFolder());
        Button copy = new Button(messages.get("about.copy"), new FontIcon("mdi2c-content-copy"));
        copy.setId("copyDiagnosticsButton");
        copy.setOnAction(e -> model.copyDiagnostics(text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        }));
        openLogs.disableProperty().bind(model.diagnosticsProperty().isNull());
        copy.disableProperty().bind(model.diagnosticsProperty().isNull());
        Button close = new Button(messages.get("common.close"));
        close.setId("closeAboutButton");
        close.setCancelButton(true);
        close.setOnAction(e -> window.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, openLogs, copy, spacer, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return buttons;
    }
}
