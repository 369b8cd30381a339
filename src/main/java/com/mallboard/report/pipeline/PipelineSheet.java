package com.mallboard.report.pipeline;

import com.mallboard.board.BoardSettings;
import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.product.Product;
import com.mallboard.product.ProductService;
import com.mallboard.product.Stage;
import com.mallboard.report.ChartSpec;
import com.mallboard.report.ExportProgress;
import com.mallboard.report.ReportRequest;
import com.mallboard.report.ReportSheet;
import com.mallboard.report.ReportWorkbook;
import com.mallboard.report.WrittenTable;
import com.mallboard.report.pipeline.PipelineFigures.GroupRow;
import com.mallboard.report.pipeline.PipelineFigures.StageRow;
import com.mallboard.suggest.risk.LaunchRisk;
import com.mallboard.suggest.risk.LaunchRiskService;
import com.mallboard.suggest.risk.LaunchRiskText;
import com.mallboard.suggest.risk.RiskStatus;
import com.mallboard.suggest.risk.StageDurations;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The Pipeline view: the products the filter keeps, per stage (with a chart of the counts and one of the days), per
 * brand and per influencer, and the products whose launch is at risk or late or that have overdue actions, each on a
 * sheet of its own (one autofilter per sheet is all Excel allows). The figures are {@link PipelineFigures}.
 */
public final class PipelineSheet implements ReportSheet {
    private static final int WORKING_STAGES = Stage.DONE.ordinal();
    /** Products, overdue actions and at-risk products add up; WIP limits and days do not. */
    private static final List<Integer> STAGE_TOTALS = List.of(1, 5, 6);
    /** Every stage's count, the total, overdue actions and at-risk products. */
    private static final List<Integer> GROUP_TOTALS = java.util.stream.IntStream
            .rangeClosed(1, Stage.values().length + 3).boxed().toList();
    private final ProductService products;
    private final BoardSettings board;
    private final LaunchRiskService launchRisk;
    private final Clock clock;

    public PipelineSheet(ProductService products, BoardSettings board, LaunchRiskService launchRisk, Clock clock) {
        this.products = products;
        this.board = board;
        this.launchRisk = launchRisk;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "pipeline";
    }

    @Override
    public String titleKey() {
        return "report.pipeline.sheet";
    }

    @Override
    public long write(ReportWorkbook workbook, ReportRequest request, ExportProgress progress,
                      BooleanSupplier cancelled) {
        PipelineFigures figures = PipelineFigures.of(read(request));
        Messages messages = request.messages();
        WrittenTable<StageRow> stages = workbook.table(messages.get(titleKey()), PipelineColumns.stages(messages),
                figures.stages(), progress, cancelled);
        // Done is the last row and is left out of both charts: it only grows, dwarfing the stages work happens in,
        // and it has no days
        WrittenTable<StageRow> working = stages.firstRows(WORKING_STAGES);
        workbook.chart(working, new ChartSpec(ChartSpec.Kind.BAR, messages.get("report.pipeline.chart.products"), 0,
                List.of(1)));
        workbook.chart(working, new ChartSpec(ChartSpec.Kind.BAR, messages.get("report.pipeline.chart.days"), 0,
                List.of(3, 4)));
        workbook.totals(stages, messages.get("report.total"), STAGE_TOTALS);
        long rows = stages.rowCount();
        rows += group(workbook, "report.pipeline.brands.sheet", "field.brand", figures.brands(), request, progress,
                cancelled);
        rows += group(workbook, "report.pipeline.influencers.sheet", "field.influencer", figures.influencers(),
                request, progress, cancelled);
        rows += workbook.table(messages.get("report.pipeline.alerts.sheet"),
                PipelineColumns.alerts(messages, new LaunchRiskText(messages)), figures.alerts(), progress, cancelled)
                .rowCount();
        return rows;
    }

    private static long group(ReportWorkbook workbook, String sheetKey, String nameKey, List<GroupRow> rows,
                              ReportRequest request, ExportProgress progress, BooleanSupplier cancelled) {
        Messages messages = request.messages();
        WrittenTable<GroupRow> table = workbook.table(messages.get(sheetKey), PipelineColumns.groups(messages, nameKey),
                rows, progress, cancelled);
        workbook.totals(table, messages.get("report.total"), GROUP_TOTALS);
        return table.rowCount();
    }

    /** Everything the figures need, read through the services in a handful of queries. */
    private PipelineFigures.Inputs read(ReportRequest request) {
        Map<Long, Product> kept = new LinkedHashMap<>();
        products.active().stream().filter(request.filter()::matches).forEach(p -> kept.put(p.id(), p));
        List<MoveRow> moves = ProductMoves.of(products.allStageMoves(), kept);
        LocalDate today = LocalDate.now(clock.withZone(Formats.SEOUL));
        Map<Long, Integer> overdue = new HashMap<>();
        products.checklists(kept.keySet()).forEach((id, actions) -> {
            int count = (int) actions.stream().filter(a -> a.isOverdue(today)).count();
            if (count > 0) {
                overdue.put(id, count);
            }
        });
        StageDurations durations = launchRisk.durations();
        Map<Long, LaunchRisk> risks = new HashMap<>();
        for (Product product : kept.values()) {
            LaunchRisk risk = launchRisk.assess(product, durations, today);
            if (risk.status() != RiskStatus.NONE) {
                risks.put(product.id(), risk);
            }
        }
        Map<Stage, Integer> limits = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            board.wipLimit(stage).ifPresent(limit -> limits.put(stage, limit));
        }
        return new PipelineFigures.Inputs(new ArrayList<>(kept.values()), moves, request::includes, clock.instant(),
                limits, overdue, risks);
    }
}
