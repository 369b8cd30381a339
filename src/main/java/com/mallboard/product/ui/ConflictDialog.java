package com.mallboard.product.ui;

import atlantafx.base.theme.Styles;
import com.mallboard.common.Messages;
import com.mallboard.common.ui.Windows;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * "Someone else changed this product": per field both sides changed, their value (who, when) against mine with a
 * choice, plus Keep all mine / Take all theirs; Save hands the choice back, Cancel (or closing) leaves the editor as
 * it was. All state is in the {@link ConflictViewModel}.
 */
public final class ConflictDialog {
    private static final double WIDTH = 760;
    private static final double HEIGHT = 520;

    private ConflictDialog() {
    }

    /** Shows the dialog without waiting; exactly one of {@code onSave} and {@code onCancel} runs. */
    public static Stage show(Window owner, ConflictViewModel model, Messages messages, Runnable onSave,
            Runnable onCancel) {
        Stage window = Windows.modal(owner);
        boolean[] saved = {false};
        Button save = new Button(messages.get("merge.save"));
        save.setId("conflictSaveButton");
        save.setDefaultButton(true);
        save.setOnAction(event -> {
            saved[0] = true;
            window.close();
            onSave.run();
        });
        Button cancel = new Button(messages.get("editor.cancel"));
        cancel.setId("conflictCancelButton");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> window.close());
        window.setOnHidden(event -> {
            if (!saved[0]) {
                onCancel.run();
            }
        });
        BorderPane root = new BorderPane(rowsOf(model, messages));
        root.setId("conflictDialog");
        root.setTop(header(model, messages));
        root.setBottom(buttons(model, messages, cancel, save));
        root.getStyleClass().add("conflict-dialog");
        root.setStyle("-fx-padding: 16;");
        Windows.setContent(window, root, WIDTH, HEIGHT);
        window.setTitle(messages.get("merge.title"));
        window.show();
        return window;
    }

    private static Node header(ConflictViewModel model, Messages messages) {
        Label heading = new Label(model.heading());
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.setWrapText(true);
        Label explain = new Label(messages.get(model.rows().isEmpty() ? "merge.explain.none" : "merge.explain"));
        explain.setWrapText(true);
        VBox top = new VBox(6, heading, explain);
        addNote(top, "conflictTaken", "merge.taken", model.takenFromTheirs(), messages);
        addNote(top, "conflictKept", "merge.kept", model.keptMine(), messages);
        top.setStyle("-fx-padding: 0 0 12 0;");
        return top;
    }

    private static void addNote(VBox box, String id, String key, String fields, Messages messages) {
        if (!fields.isEmpty()) {
            Label note = new Label(messages.get(key, fields));
            note.setId(id);
            note.setWrapText(true);
            note.getStyleClass().add(Styles.TEXT_MUTED);
            box.getChildren().add(note);
        }
    }

    private static Node rowsOf(ConflictViewModel model, Messages messages) {
        GridPane grid = new GridPane();
        grid.setId("conflictRows");
        grid.setHgap(12);
        grid.setVgap(10);
        double[] widths = {20, 40, 40};
        for (double width : widths) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(width);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
        }
        grid.addRow(0, bold(messages.get("merge.column.field")), bold(messages.get("merge.column.theirs")),
                bold(messages.get("merge.column.mine")));
        int line = 1;
        for (ConflictViewModel.Row row : model.rows()) {
            ToggleGroup choice = new ToggleGroup();
            RadioButton theirs = option(row.theirs() + "\n" + row.author(), "conflictTheirs-" + row.name(), choice);
            RadioButton mine = option(row.mine(), "conflictMine-" + row.name(), choice);
            mine.setSelected(!row.takeTheirs().get());
            theirs.setSelected(row.takeTheirs().get());
            theirs.selectedProperty().addListener((obs, was, now) -> row.takeTheirs().set(now));
            row.takeTheirs().addListener((obs, was, now) -> (now ? theirs : mine).setSelected(true));
            Label label = new Label(row.label());
            label.setWrapText(true);
            grid.addRow(line++, label, theirs, mine);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static RadioButton option(String text, String id, ToggleGroup group) {
        RadioButton option = new RadioButton(text);
        option.setId(id);
        option.setToggleGroup(group);
        option.setWrapText(true);
        option.setAlignment(Pos.TOP_LEFT);
        return option;
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    private static Node buttons(ConflictViewModel model, Messages messages, Button cancel, Button save) {
        Button keepMine = new Button(messages.get("merge.keepAllMine"));
        keepMine.setId("keepAllMineButton");
        keepMine.setOnAction(event -> model.keepAllMine());
        Button takeTheirs = new Button(messages.get("merge.takeAllTheirs"));
        takeTheirs.setId("takeAllTheirsButton");
        takeTheirs.setOnAction(event -> model.takeAllTheirs());
        keepMine.setDisable(model.rows().isEmpty());
        takeTheirs.setDisable(model.rows().isEmpty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, keepMine, takeTheirs, spacer, cancel, save);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setStyle("-fx-padding: 12 0 0 0;");
        return bar;
    }
}
