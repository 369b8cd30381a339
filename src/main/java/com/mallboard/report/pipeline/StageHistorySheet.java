package com.mallboard.report.pipeline;

import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.product.Product;
import com.mallboard.product.ProductService;
import com.mallboard.product.Stage;
import com.mallboard.report.CellKind;
import com.mallboard.report.ChartSpec;
import com.mallboard.report.Column;
import com.mallboard.report.ExportProgress;
import com.mallboard.report.ReportRequest;
import com.mallboard.report.ReportSheet;
import com.mallboard.report.ReportWorkbook;
import com.mallboard.report.WrittenTable;
import com.mallboard.report.pipeline.CumulativeFlow.FlowDay;
import com.mallboard.report.pipeline.CycleTimes.StageCycle;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * The Stage history / cycle time view: every move of the period with the days spent in the stage it left; the cycle
 * time per stage with a bar chart; and the cumulative flow per day with a line chart, each on a sheet of its own.
 */
public final class StageHistorySheet implements ReportSheet {
    private final ProductService products;
    private final Clock clock;

    public StageHistorySheet(ProductService products, Clock clock) {
        this.products = products;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "stage-history";
    }

    @Override
    public String titleKey() {
        return "report.history.sheet";
    }

    @Override
    public long write(ReportWorkbook workbook, ReportRequest request, ExportProgress progress,
                      BooleanSupplier cancelled) {
        Map<Long, Product> kept = new LinkedHashMap<>();
        products.active().stream().filter(request.filter()::matches).forEach(p -> kept.put(p.id(), p));
        List<MoveRow> moves = ProductMoves.of(products.allStageMoves(), kept);
        Messages m = request.messages();

        List<MoveRow> inPeriod = new ArrayList<>(moves.stream().filter(r -> request.includes(r.move().movedAt()))
                .toList());
        inPeriod.sort(Comparator.comparing(r -> r.move().movedAt()));
        long rows = workbook.table(m.get(titleKey()), moveColumns(m), inPeriod, progress, cancelled).rowCount();

        WrittenTable<StageCycle> cycle = workbook.table(m.get("report.history.cycle.sheet"), cycleColumns(m),
                CycleTimes.of(moves, request::includes), progress, cancelled);
        workbook.chart(cycle, new ChartSpec(ChartSpec.Kind.BAR, m.get("report.history.chart.cycle"), 0,
                List.of(2, 3, 4)));

        LocalDate today = LocalDate.now(clock.withZone(Formats.SEOUL));
        CumulativeFlow.Days days = CumulativeFlow.Days.of(request.from(), request.to(), today);
        WrittenTable<FlowDay> flow = workbook.table(m.get("report.history.flow.sheet"), flowColumns(m),
                CumulativeFlow.of(moves, kept.values(), days), progress, cancelled);
        workbook.chart(flow, new ChartSpec(ChartSpec.Kind.LINE, m.get("report.history.chart.flow"), 0,
                IntStream.rangeClosed(1, Stage.values().length).boxed().toList()));
        return rows + cycle.rowCount() + flow.rowCount();
    }

    static List<Column<MoveRow>> moveColumns(Messages m) {
        return List.of(
                new Column<>(m.get("field.sku"), CellKind.TEXT, r -> r.product().sku()),
                new Column<>(m.get("field.name"), CellKind.TEXT, r -> r.product().name()),
                new Column<>(m.get("field.brand"), CellKind.TEXT, r -> r.product().details().brand()),
                new Column<>(m.get("field.influencer"), CellKind.TEXT, r -> r.product().details().influencer()),
                new Column<>(m.get("report.history.column.from"), CellKind.TEXT, r -> stageName(m, r.move().from())),
                new Column<>(m.get("report.history.column.to"), CellKind.TEXT, r -> stageName(m, r.move().to())),
                new Column<>(m.get("report.history.column.movedAt"), CellKind.DATE,
                        r -> r.move().movedAt().atZone(Formats.SEOUL).toLocalDate()),
                new Column<>(m.get("report.history.column.movedBy"), CellKind.TEXT, r -> r.move().movedBy()),
                new Column<>(m.get("report.history.column.daysInLeftStage"), CellKind.DECIMAL,
                        MoveRow::daysInLeftStage));
    }

    /** Stage, moves, then average, median and 85th percentile days (columns 2 to 4, charted). */
    static List<Column<StageCycle>> cycleColumns(Messages m) {
        return List.of(
                new Column<>(m.get("report.column.stage"), CellKind.TEXT, row -> m.get(row.stage().messageKey())),
                new Column<>(m.get("report.history.column.moves"), CellKind.NUMBER, row -> row.days().count()),
                new Column<>(m.get("report.pipeline.column.averageDays"), CellKind.DECIMAL,
                        row -> row.days().average()),
                new Column<>(m.get("report.pipeline.column.medianDays"), CellKind.DECIMAL, row -> row.days().median()),
                new Column<>(m.get("report.history.column.p85"), CellKind.DECIMAL, row -> row.days().percentile85()));
    }

    /** The day, then per stage in board order the products in or past it at the end of the day. */
    static List<Column<FlowDay>> flowColumns(Messages m) {
        List<Column<FlowDay>> columns = new ArrayList<>();
        columns.add(new Column<>(m.get("report.history.column.day"), CellKind.DATE, FlowDay::day));
        for (Stage stage : Stage.values()) {
            columns.add(new Column<>(m.get("report.history.column.inOrPast", m.get(stage.messageKey())), CellKind.NUMBER,
                    day -> day.inOrPast(stage)));
        }
        return columns;
    }

    private static String stageName(Messages m, Stage stage) {
        return stage == null ? null : m.get(stage.messageKey());
    }
}
