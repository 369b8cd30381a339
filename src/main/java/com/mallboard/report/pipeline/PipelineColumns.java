package com.mallboard.report.pipeline;

import com.mallboard.common.Messages;
import com.mallboard.product.Stage;
import com.mallboard.report.CellKind;
import com.mallboard.report.Column;
import com.mallboard.report.pipeline.PipelineFigures.GroupRow;
import com.mallboard.report.pipeline.PipelineFigures.ProductAlert;
import com.mallboard.report.pipeline.PipelineFigures.StageRow;
import com.mallboard.suggest.risk.LaunchRiskText;
import java.util.ArrayList;
import java.util.List;

/** The columns of the Pipeline view's tables, headed in the request's language. */
final class PipelineColumns {

    private PipelineColumns() {
    }

    /** Stage, products, WIP limit, average and median days (columns 3 and 4, charted), overdue actions, at risk. */
    static List<Column<StageRow>> stages(Messages m) {
        return List.of(
                new Column<>(m.get("report.column.stage"), CellKind.TEXT, row -> m.get(row.stage().messageKey())),
                new Column<>(m.get("report.pipeline.column.products"), CellKind.NUMBER, StageRow::products),
                new Column<>(m.get("report.pipeline.column.wipLimit"), CellKind.NUMBER, StageRow::wipLimit),
                new Column<>(m.get("report.pipeline.column.averageDays"), CellKind.DECIMAL, r -> r.days().average()),
                new Column<>(m.get("report.pipeline.column.medianDays"), CellKind.DECIMAL, r -> r.days().median()),
                new Column<>(m.get("report.pipeline.column.overdueActions"), CellKind.NUMBER,
                        StageRow::overdueActions),
                new Column<>(m.get("report.pipeline.column.atRisk"), CellKind.NUMBER, StageRow::atRisk));
    }

    /** The brand or influencer ({@code nameKey}'s header), products per stage, total, overdue actions, at risk. */
    static List<Column<GroupRow>> groups(Messages m, String nameKey) {
        String none = m.get("report.pipeline.none");
        List<Column<GroupRow>> columns = new ArrayList<>();
        columns.add(new Column<>(m.get(nameKey), CellKind.TEXT, row -> row.name() == null ? none : row.name()));
        for (Stage stage : Stage.values()) {
            columns.add(new Column<>(m.get(stage.messageKey()), CellKind.NUMBER, row -> row.in(stage)));
        }
        columns.add(new Column<>(m.get("report.pipeline.column.total"), CellKind.NUMBER, GroupRow::total));
        columns.add(new Column<>(m.get("report.pipeline.column.overdueActions"), CellKind.NUMBER,
                GroupRow::overdueActions));
        columns.add(new Column<>(m.get("report.pipeline.column.atRisk"), CellKind.NUMBER, GroupRow::atRisk));
        return columns;
    }

    /** SKU, name, brand, stage, days in stage, launch date, overdue actions and the launch risk in words. */
    static List<Column<ProductAlert>> alerts(Messages m, LaunchRiskText riskText) {
        return List.of(
                new Column<>(m.get("field.sku"), CellKind.TEXT, a -> a.product().sku()),
                new Column<>(m.get("field.name"), CellKind.TEXT, a -> a.product().name()),
                new Column<>(m.get("field.brand"), CellKind.TEXT, a -> a.product().details().brand()),
                new Column<>(m.get("report.column.stage"), CellKind.TEXT, a -> m.get(a.product().stage().messageKey())),
                new Column<>(m.get("report.pipeline.column.daysInStage"), CellKind.DECIMAL, ProductAlert::daysInStage),
                new Column<>(m.get("field.launch.date"), CellKind.DATE, a -> a.product().details().launchDate()),
                new Column<>(m.get("report.pipeline.column.overdueActions"), CellKind.NUMBER,
                        ProductAlert::overdueActions),
                new Column<>(m.get("report.pipeline.column.risk"), CellKind.TEXT,
                        a -> blankToNull(riskText.explain(a.risk()).replace('\n', ' '))));
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }
}
