package com.mallboard.sync.ui;

import atlantafx.base.theme.Styles;
import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.ui.Columns;
import com.mallboard.common.ui.Windows;
import com.mallboard.sync.DriftField;
import com.mallboard.sync.DriftReport;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Our values and the mall's, side by side, differing rows highlighted, with the two ways out: overwrite the mall
 * (the next sync sends ours) or take the mall's values (they become this listing's overrides).
 */
final class DriftDialog {
    private final MallListingsViewModel viewModel;
    private final Messages messages;

    DriftDialog(MallListingsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    void open(Window owner, DriftReport report) {
        Stage window = Windows.modal(owner);
        Windows.setContent(window, content(report, window::close), 560, 380);
        window.setTitle(messages.get("drift.title", viewModel.mallName(report)));
        window.show();
    }

    VBox content(DriftReport report, Runnable close) {
        Label summary = new Label(summary(report));
        summary.setId("driftSummary");
        summary.setWrapText(true);
        TableView<DriftField> table = new TableView<>();
        table.setId("driftTable");
        table.getItems().setAll(report.fields());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("drift.column.field", 120, f -> messages.get("drift.field." + f.field())));
        table.getColumns().add(column("drift.column.ours", 180, f -> value(f.field(), f.ours())));
        table.getColumns().add(column("drift.column.mall", 180, f -> value(f.field(), f.mall())));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(DriftField field, boolean empty) {
                super.updateItem(field, empty);
                getStyleClass().remove("drift-differs");
                if (!empty && field != null && field.differs()) {
                    getStyleClass().add("drift-differs");
                }
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Button overwrite = new Button(messages.get("drift.overwrite"), new FontIcon("mdi2u-upload"));
        overwrite.setId("overwriteMallButton");
        overwrite.getStyleClass().add(Styles.ACCENT);
        overwrite.setOnAction(event -> {
            viewModel.overwriteMall(report);
            close.run();
        });
        Button take = new Button(messages.get("drift.take"), new FontIcon("mdi2d-download"));
        take.setId("takeMallValuesButton");
        take.setDisable(report.remote().isEmpty());
        take.setOnAction(event -> {
            viewModel.takeMallValues(report, null);
            close.run();
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button cancel = new Button(messages.get("common.close"));
        cancel.setId("driftCloseButton");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> close.run());
        HBox buttons = new HBox(8, overwrite, take, spacer, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(10, summary, table, buttons);
        content.setId("driftView");
        content.getStyleClass().add("drift-view");
        content.getStylesheets().add(DriftDialog.class.getResource(OrdersView.STYLESHEET).toExternalForm());
        return content;
    }

    private String summary(DriftReport report) {
        if (report.remote().isEmpty()) {
            return messages.get("drift.summary.missing");
        }
        long differing = report.fields().stream().filter(DriftField::differs).count();
        return differing == 0 ? messages.get("drift.summary.same") : messages.get("drift.summary.differs", differing);
    }

    /** Money as won, flags as yes / no, nothing as a dash. */
    private String value(String field, String raw) {
        if (raw == null) {
            return "—";
        }
        return switch (field) {
            case "price", "supplyPrice" -> Formats.won(Long.valueOf(raw));
            case "display", "selling" -> messages.get(Boolean.parseBoolean(raw) ? "drift.yes" : "drift.no");
            default -> raw;
        };
    }

    private TableColumn<DriftField, String> column(String titleKey, double width, Function<DriftField, String> text) {
        TableColumn<DriftField, String> column = Columns.text(messages.get(titleKey), width, text);
        column.setSortable(false);
        return column;
    }
}
