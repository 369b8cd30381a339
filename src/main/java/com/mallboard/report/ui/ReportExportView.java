package com.mallboard.report.ui;

import atlantafx.base.theme.Styles;
import com.mallboard.common.Messages;
import com.mallboard.common.ui.ChoiceText;
import com.mallboard.report.FilterChoices.MallChoice;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The export dialog: the views to tick, the period with quick choices, the filters, the personal-data choice with its
 * warning, the recent personal-data exports, and at the bottom progress with Cancel, the result with "open", and
 * Export.
 */
public final class ReportExportView extends VBox {
    private final ReportExportViewModel viewModel;
    private final ExportChoices choices;
    private final Messages messages;

    /** {@code chooseFileAndExport} asks where to save and hands the file to the view model. */
    public ReportExportView(ReportExportViewModel viewModel, Runnable chooseFileAndExport, Runnable close) {
        super(12);
        this.viewModel = viewModel;
        this.choices = viewModel.choices();
        this.messages = viewModel.messages();
        setId("reportExportView");
        setPadding(new Insets(14));
        getChildren().addAll(section("report.dialog.sheets", sheets()), section("report.dialog.period", period()),
                section("report.dialog.filters", filters()), section("report.dialog.personal", personalData()),
                progress(), outcome(), buttons(chooseFileAndExport, close));
    }

    private VBox section(String titleKey, Node content) {
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        VBox section = new VBox(6, title, content);
        // The choices stay as they are while an export runs: what is being written is what was chosen.
        section.disableProperty().bind(viewModel.runningProperty());
        return section;
    }

    private FlowPane sheets() {
        FlowPane boxes = new FlowPane(14, 6);
        boxes.setId("reportSheets");
        for (SheetChoice choice : choices.sheets()) {
            CheckBox box = new CheckBox(choice.title());
            box.setId("sheet-" + choice.id());
            box.selectedProperty().bindBidirectional(choice.chosenProperty());
            boxes.getChildren().add(box);
        }
        return boxes;
    }

    private HBox period() {
        DatePicker from = datePicker("reportFrom", choices.fromProperty());
        DatePicker to = datePicker("reportTo", choices.toProperty());
        HBox row = new HBox(8, new Label(messages.get("report.dialog.from")), from,
                new Label(messages.get("report.dialog.to")), to);
        for (QuickPeriod period : QuickPeriod.values()) {
            Button button = new Button(messages.get(period.messageKey()));
            button.setId("period-" + period.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            button.getStyleClass().add(Styles.SMALL);
            button.setOnAction(e -> choices.choosePeriod(period));
            row.getChildren().add(button);
        }
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private DatePicker datePicker(String id, Property<LocalDate> value) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPrefWidth(140);
        picker.setPromptText(messages.get("report.period.open"));
        picker.valueProperty().bindBidirectional(value);
        return picker;
    }

    private GridPane filters() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        String any = messages.get("report.filter.any");
        grid.addRow(0, new Label(messages.get("field.brand")),
                choice("brandFilter", choices.brands(), choices.brandProperty(), s -> s, any),
                new Label(messages.get("field.influencer")),
                choice("influencerFilter", choices.influencers(), choices.influencerProperty(), s -> s, any));
        Button clear = new Button(messages.get("report.filter.clear"), new FontIcon("mdi2f-filter-remove-outline"));
        clear.setId("clearReportFilters");
        clear.setOnAction(e -> choices.clearFilters());
        grid.addRow(1, new Label(messages.get("field.tags")),
                choice("tagFilter", choices.tags(), choices.tagProperty(), s -> s, any),
                new Label(messages.get("report.filter.mall")),
                choice("mallFilter", choices.malls(), choices.mallProperty(), MallChoice::name, any), clear);
        return grid;
    }

    private static <T> ComboBox<T> choice(String id, ObservableList<T> items, Property<T> value,
            Function<T, String> text, String any) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        box.setPrefWidth(190);
        box.setPromptText(any);
        box.setConverter(ChoiceText.of(text, any));
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private VBox personalData() {
        CheckBox include = new CheckBox(messages.get("report.personal.include"));
        include.setId("includePersonalData");
        include.selectedProperty().bindBidirectional(viewModel.includePersonalDataProperty());
        Label warning = new Label(messages.get("report.personal.warning"));
        warning.setWrapText(true);
        warning.getStyleClass().add(Styles.WARNING);
        Button confirm = new Button(messages.get("report.personal.confirm"), new FontIcon("mdi2s-shield-alert-outline"));
        confirm.setId("confirmPersonalData");
        confirm.setOnAction(e -> viewModel.confirmPersonalData());
        VBox warningBox = new VBox(6, warning, confirm);
        warningBox.setId("personalDataWarning");
        showOnlyWhen(warningBox, viewModel.includePersonalDataProperty()
                .and(viewModel.personalDataConfirmedProperty().not()));
        Label confirmed = new Label(messages.get("report.personal.confirmed"));
        confirmed.setId("personalDataConfirmedNote");
        confirmed.setWrapText(true);
        showOnlyWhen(confirmed, viewModel.personalDataConfirmedProperty());
        ListView<String> recent = new ListView<>(viewModel.recentPersonalDataExports());
        recent.setId("recentPersonalDataExports");
        recent.setPrefHeight(92);
        recent.setPlaceholder(new Label(messages.get("report.log.empty")));
        return new VBox(6, include, warningBox, confirmed, new Label(messages.get("report.log.title")), recent);
    }

    private HBox progress() {
        ProgressBar bar = new ProgressBar();
        bar.setId("reportProgress");
        bar.setPrefWidth(260);
        bar.progressProperty().bind(viewModel.progressProperty());
        Label text = new Label();
        text.setId("reportProgressText");
        text.textProperty().bind(viewModel.progressTextProperty());
        Button cancel = new Button(messages.get("report.export.cancel"));
        cancel.setId("cancelReportButton");
        cancel.setOnAction(e -> viewModel.cancel());
        HBox row = new HBox(10, bar, text, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        showOnlyWhen(row, viewModel.runningProperty());
        return row;
    }

    private VBox outcome() {
        Label result = new Label();
        result.setId("reportResult");
        result.setWrapText(true);
        result.textProperty().bind(viewModel.resultProperty());
        showOnlyWhen(result, viewModel.resultProperty().isNotEmpty());
        Button openFile = new Button(messages.get("report.open.file"), new FontIcon("mdi2f-file-excel-outline"));
        openFile.setId("openReportFile");
        openFile.setOnAction(e -> viewModel.openFile());
        Button openFolder = new Button(messages.get("report.open.folder"), new FontIcon("mdi2f-folder-open-outline"));
        openFolder.setId("openReportFolder");
        openFolder.setOnAction(e -> viewModel.openFolder());
        HBox open = new HBox(8, openFile, openFolder);
        showOnlyWhen(open, viewModel.exportedFileProperty().isNotNull());
        Label error = new Label();
        error.setId("reportError");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(viewModel.errorProperty());
        showOnlyWhen(error, viewModel.errorProperty().isNotEmpty());
        return new VBox(6, result, open, error);
    }

    private HBox buttons(Runnable chooseFileAndExport, Runnable close) {
        Button export = new Button(messages.get("report.export.button"), new FontIcon("mdi2m-microsoft-excel"));
        export.setId("exportReportButton");
        export.setDefaultButton(true);
        export.disableProperty().bind(viewModel.canExportProperty().not());
        export.setOnAction(e -> chooseFileAndExport.run());
        Button closeButton = new Button(messages.get("common.close"));
        closeButton.setId("closeReportButton");
        closeButton.setCancelButton(true);
        closeButton.setOnAction(e -> close.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new HBox(8, spacer, export, closeButton);
    }

    private static void showOnlyWhen(Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }
}
