package com.mallboard.product.importing.ui;

import atlantafx.base.theme.Styles;
import com.mallboard.common.Messages;
import com.mallboard.common.ui.ChoiceText;
import com.mallboard.product.importing.ColumnTarget;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The mapping step: every column of the sheet with its first value and a choice of what to import it as. */
final class MappingPane extends VBox {
    private final ProductImportViewModel viewModel;
    private final Messages messages;
    private final GridPane grid = new GridPane();
    private final ObservableList<ColumnTarget> choices = FXCollections.observableArrayList(ColumnTarget.choices());

    MappingPane(ProductImportViewModel viewModel) {
        super(10);
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        setId("mappingPane");
        Label intro = new Label(messages.get("import.screen.mapping.intro"));
        intro.setWrapText(true);
        grid.setHgap(12);
        grid.setVgap(6);
        grid.setPadding(new Insets(4));
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        Button apply = new Button(messages.get("import.screen.mapping.apply"), new FontIcon("mdi2t-table-check"));
        apply.setId("applyMappingButton");
        apply.getStyleClass().add(Styles.ACCENT);
        apply.disableProperty().bind(viewModel.busyProperty());
        apply.setOnAction(e -> viewModel.applyMapping());
        getChildren().addAll(intro, scroll, apply);
        viewModel.mapping().addListener((ListChangeListener<MappingChoice>) change -> fill());
        fill();
    }

    private void fill() {
        grid.getChildren().clear();
        grid.addRow(0, bold("import.screen.mapping.column"), bold("import.screen.mapping.sample"),
                bold("import.screen.mapping.target"));
        int row = 1;
        for (MappingChoice choice : viewModel.mapping()) {
            ComboBox<ColumnTarget> target = new ComboBox<>(choices);
            target.setId("mappingBox" + (row - 1));
            target.setConverter(ChoiceText.of(t -> messages.get(t.messageKey())));
            target.valueProperty().bindBidirectional(choice.targetProperty());
            target.setPrefWidth(220);
            Label sample = new Label(choice.sample());
            sample.getStyleClass().add(Styles.TEXT_MUTED);
            sample.setMaxWidth(260);
            grid.addRow(row++, new Label(choice.header()), sample, target);
        }
    }

    private Label bold(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }
}
