package com.mallboard.sync.ui;

import atlantafx.base.theme.Styles;
import com.mallboard.common.Messages;
import com.mallboard.common.ui.Columns;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The job log screen: filters above, the jobs newest first, Retry on each failed row and for all failures. */
public final class JobLogView extends VBox {
    private final JobLogViewModel viewModel;
    private final Messages messages;

    public JobLogView(JobLogViewModel viewModel, Messages messages) {
        super(8);
        this.viewModel = viewModel;
        this.messages = messages;
        setId("jobLogView");
        getStyleClass().add("sync-screen");
        getStylesheets().add(JobLogView.class.getResource(SyncScreens.STYLESHEET).toExternalForm());
        TableView<JobLogViewModel.Row> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(filters(), table, StatusLine.notice("jobLogNotice", viewModel.noticeProperty()),
                StatusLine.error("jobLogError", viewModel.errorProperty()));
    }

    private HBox filters() {
        Label mallLabel = new Label(messages.get("joblog.filter.mall"));
        ComboBox<JobLogViewModel.MallChoice> mall = new ComboBox<>(viewModel.mallChoices());
        mall.setId("jobLogMallChoice");
        mall.valueProperty().bindBidirectional(viewModel.mallProperty());
        mallLabel.setLabelFor(mall);
        CheckBox failuresOnly = new CheckBox(messages.get("joblog.filter.failures"));
        failuresOnly.setId("failuresOnlyCheck");
        failuresOnly.selectedProperty().bindBidirectional(viewModel.failuresOnlyProperty());
        Button refresh = new Button(messages.get("joblog.refresh"), new FontIcon("mdi2r-refresh"));
        refresh.setId("refreshJobLogButton");
        refresh.setOnAction(e -> viewModel.load());
        Button retryAll = new Button(messages.get("joblog.retry.all"), new FontIcon("mdi2r-replay"));
        retryAll.setId("retryAllFailedButton");
        retryAll.disableProperty().bind(viewModel.anyFailedProperty().not().or(viewModel.busyProperty()));
        retryAll.setOnAction(e -> viewModel.retryAllFailed());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(viewModel.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, mallLabel, mall, failuresOnly, refresh, spacer, busy, retryAll);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private TableView<JobLogViewModel.Row> table() {
        TableView<JobLogViewModel.Row> table = new TableView<>(viewModel.rows());
        table.setId("jobLogTable");
        table.setPlaceholder(new Label(messages.get("joblog.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("joblog.column.time", 125, JobLogViewModel.Row::time));
        table.getColumns().add(column("joblog.column.mall", 120, row -> row.entry().mallName()));
        table.getColumns().add(column("joblog.column.kind", 110, JobLogViewModel.Row::kind));
        table.getColumns().add(column("joblog.column.subject", 150, row -> row.entry().subject()));
        table.getColumns().add(statusColumn());
        table.getColumns().add(column("joblog.column.attempts", 70,
                row -> Integer.toString(row.entry().job().attempts())));
        table.getColumns().add(retryColumn());
        table.getColumns().add(errorColumn());
        return table;
    }

    private TableColumn<JobLogViewModel.Row, String> column(String titleKey, double width,
            Function<JobLogViewModel.Row, String> text) {
        return Columns.text(messages.get(titleKey), width, text);
    }

    private TableColumn<JobLogViewModel.Row, JobLogViewModel.Row> statusColumn() {
        return Columns.drawn(messages.get("joblog.column.status"), 90, (cell, row) -> {
            cell.getStyleClass().remove("job-failed");
            cell.setText(row == null ? null : row.status());
            if (row != null && row.failed()) {
                cell.getStyleClass().add("job-failed");
            }
        });
    }

    private TableColumn<JobLogViewModel.Row, JobLogViewModel.Row> retryColumn() {
        return Columns.drawn(messages.get("joblog.column.retry"), 80, (cell, row) -> {
            if (row == null || !row.failed()) {
                cell.setGraphic(null);
                return;
            }
            Button retry = new Button(messages.get("joblog.retry"));
            retry.setId("retryJob-" + row.entry().job().id());
            retry.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_OUTLINED);
            retry.disableProperty().bind(viewModel.busyProperty());
            retry.setOnAction(e -> viewModel.retry(row));
            cell.setGraphic(retry);
        });
    }

    private TableColumn<JobLogViewModel.Row, JobLogViewModel.Row> errorColumn() {
        return Columns.drawn(messages.get("joblog.column.error"), 300, (cell, row) -> {
            String error = row == null ? "" : row.error();
            cell.setText(error.isEmpty() ? null : error);
            cell.setTooltip(error.isEmpty() ? null : new Tooltip(error));
        });
    }
}
