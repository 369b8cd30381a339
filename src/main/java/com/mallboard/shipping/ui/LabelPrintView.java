package com.mallboard.shipping.ui;

import atlantafx.base.theme.Styles;
import com.mallboard.common.Messages;
import com.mallboard.common.ui.ChoiceText;
import com.mallboard.shipping.labels.LabelBatch;
import com.mallboard.shipping.labels.LabelSheet;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The label dialog's form: paper, measurements, copies, start position, the checklist choice, warnings, buttons. */
final class LabelPrintView extends VBox {

    /** What the buttons do; the dialog hands them to the shared document output. */
    record Actions(Runnable preview, Runnable print, Runnable save, Runnable close) {
    }

    private final LabelPrintViewModel model;
    private final Messages messages;
    private final GridPane form = new GridPane();

    LabelPrintView(LabelPrintViewModel model, Messages messages, Actions actions) {
        super(10);
        this.model = model;
        this.messages = messages;
        setId("labelPrintView");
        setPadding(new Insets(16));
        Label products = new Label(messages.get("labels.dialog.products", model.productCount()));
        products.getStyleClass().add(Styles.TITLE_4);
        form.setHgap(10);
        form.setVgap(8);
        ChoiceBox<LabelPaper> paper = paperChoice();
        form.add(new Label(messages.get("labels.layout")), 0, 0);
        form.add(paper, 1, 0, 3, 1);
        // Sizes, margins and the start position belong to sheets; a roll's labels are its pages.
        sheetPair(1, "labels.size.width", mmSpinner("labelWidth", model.widthProperty(), 10, 210),
                "labels.size.height", mmSpinner("labelHeight", model.heightProperty(), 10, 297));
        sheetPair(2, "labels.margin.top", mmSpinner("labelMarginTop", model.topProperty(), 0, 100),
                "labels.margin.left", mmSpinner("labelMarginLeft", model.leftProperty(), 0, 100));
        sheetPair(3, "labels.gap.column", mmSpinner("labelColumnGap", model.columnGapProperty(), 0, 50),
                "labels.gap.row", mmSpinner("labelRowGap", model.rowGapProperty(), 0, 50));
        form.add(new Label(messages.get("labels.copies")), 0, 4);
        form.add(intSpinner("labelCopies", model.copiesProperty(), 1, LabelBatch.MAX_COPIES), 1, 4);
        int cells = LabelSheet.a4ThreeByEight().cellsPerPage();
        Label startHint = new Label(messages.get("labels.start.hint", cells));
        startHint.getStyleClass().add(Styles.TEXT_MUTED);
        HBox start = new HBox(8, intSpinner("labelStart", model.startProperty(), 1, cells), startHint);
        start.setAlignment(Pos.CENTER_LEFT);
        form.add(new Label(messages.get("labels.start")), 0, 5);
        form.add(start, 1, 5, 3, 1);
        sheetOnly(start);
        CheckBox markDone = new CheckBox(messages.get("labels.markDone"));
        markDone.setId("markLabelsDone");
        markDone.selectedProperty().bindBidirectional(model.markDoneProperty());
        Label warningsTitle = new Label(messages.get("labels.warnings"));
        warningsTitle.getStyleClass().add(Styles.TEXT_BOLD);
        getChildren().addAll(products, form, markDone, layoutError(), text("labelSummary", model.summaryProperty()),
                warningsTitle, warnings(), text("labelStatus", model.statusProperty()), buttons(actions));
    }

    private ChoiceBox<LabelPaper> paperChoice() {
        ChoiceBox<LabelPaper> paper = new ChoiceBox<>(FXCollections.observableArrayList(LabelPaper.values()));
        paper.setId("labelPaper");
        paper.setConverter(ChoiceText.of(value -> messages.get(value.messageKey())));
        paper.valueProperty().bindBidirectional(model.paperProperty());
        return paper;
    }

    private void sheetPair(int row, String firstKey, Region first, String secondKey, Region second) {
        form.addRow(row, new Label(messages.get(firstKey)), first, new Label(messages.get(secondKey)), second);
        sheetOnly(first);
        sheetOnly(second);
    }

    private void sheetOnly(Region control) {
        control.disableProperty().bind(model.paperProperty().isNotEqualTo(LabelPaper.A4_3X8));
    }

    private static Spinner<Double> mmSpinner(String id, ObjectProperty<Double> value, double min, double max) {
        Spinner<Double> spinner = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max,
                value.get(), 0.5));
        spinner.getValueFactory().valueProperty().bindBidirectional(value);
        return editable(id, spinner);
    }

    private static Spinner<Integer> intSpinner(String id, ObjectProperty<Integer> value, int min, int max) {
        Spinner<Integer> spinner = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max,
                value.get()));
        spinner.getValueFactory().valueProperty().bindBidirectional(value);
        return editable(id, spinner);
    }

    private static <T> Spinner<T> editable(String id, Spinner<T> spinner) {
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
        // A typed number counts when the field is left, not only on Enter.
        spinner.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                try {
                    spinner.commitValue();
                } catch (NumberFormatException e) {
                    spinner.cancelEdit(); // not a number: the field shows the last good value again
                }
            }
        });
        return spinner;
    }

    private Label layoutError() {
        Label error = text("labelLayoutError", model.layoutErrorProperty());
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.visibleProperty().bind(model.layoutErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    private ListView<String> warnings() {
        ListView<String> list = new ListView<>(model.warnings());
        list.setId("labelWarnings");
        list.setPlaceholder(new Label(messages.get("labels.warnings.none")));
        list.setCellFactory(view -> new ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(view.widthProperty().subtract(24));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        list.setPrefHeight(150);
        VBox.setVgrow(list, Priority.ALWAYS);
        return list;
    }

    private static Label text(String id, javafx.beans.value.ObservableStringValue value) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(value);
        return label;
    }

    private HBox buttons(Actions actions) {
        Button preview = button("labelPreviewButton", "mdi2e-eye-outline", "labels.preview", actions.preview());
        Button print = button("labelPrintButton", "mdi2p-printer-outline", "labels.print", actions.print());
        Button save = button("labelSaveButton", "mdi2f-file-pdf-box", "labels.save", actions.save());
        for (Button button : new Button[] {preview, print, save}) {
            button.disableProperty().bind(Bindings.not(model.readyProperty()));
        }
        print.setDefaultButton(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = button("labelCloseButton", "mdi2c-close", "labels.close", actions.close());
        close.setCancelButton(true);
        HBox bar = new HBox(8, preview, print, save, spacer, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Button button(String id, String icon, String key, Runnable action) {
        Button button = new Button(messages.get(key), new FontIcon(icon));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }
}
