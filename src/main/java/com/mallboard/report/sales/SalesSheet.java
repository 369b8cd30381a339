package com.mallboard.report.sales;

import com.mallboard.common.Messages;
import com.mallboard.product.ProductService;
import com.mallboard.report.CellKind;
import com.mallboard.report.ChartSpec;
import com.mallboard.report.Column;
import com.mallboard.report.ExportProgress;
import com.mallboard.report.ReportRequest;
import com.mallboard.report.ReportSheet;
import com.mallboard.report.ReportWorkbook;
import com.mallboard.report.WrittenTable;
import com.mallboard.report.orders.ReportOrders;
import com.mallboard.sync.OrderService;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The Sales view: revenue from the order lines of the period (canceled lines left out) by influencer, with a bar
 * chart of the top ten, by brand and by product, each sorted by revenue. The sums are {@link SalesTotals}.
 */
public final class SalesSheet implements ReportSheet {
    private static final List<Integer> GROUP_TOTALS = List.of(2, 3, 4);
    private static final List<Integer> PRODUCT_TOTALS = List.of(5, 6, 7);
    /** More bars than this stop being readable beside the table; the table itself has every influencer. */
    static final int CHARTED_INFLUENCERS = 10;

    private final ReportOrders orders;

    public SalesSheet(OrderService orders, ProductService products) {
        this.orders = new ReportOrders(orders, products);
    }

    @Override
    public String id() {
        return "sales";
    }

    @Override
    public String titleKey() {
        return "report.sales.sheet";
    }

    @Override
    public long write(ReportWorkbook workbook, ReportRequest request, ExportProgress progress,
                      BooleanSupplier cancelled) {
        Messages m = request.messages();
        ReportOrders.Selection selection = orders.read(request);
        String none = m.get("report.sales.none");
        WrittenTable<SalesTotals.Row> influencers = workbook.table(m.get(titleKey()),
                groupColumns(m, "report.sales.column.influencer"), SalesTotals.byInfluencer(selection, none),
                ExportProgress.NONE, cancelled);
        if (influencers.rowCount() > 0) {
            workbook.chart(influencers.firstRows(CHARTED_INFLUENCERS), new ChartSpec(ChartSpec.Kind.BAR,
                    m.get("report.sales.chart", CHARTED_INFLUENCERS), 0, List.of(3)));
        }
        // an order with several influencers', brands' or products' lines counts once in each group, so the orders
        // column has no total; units, revenue and shares add up exactly
        workbook.totals(influencers, m.get("report.total"), GROUP_TOTALS);
        WrittenTable<SalesTotals.Row> brands = workbook.table(m.get("report.sales.brands.sheet"),
                groupColumns(m, "report.sales.column.brand"), SalesTotals.byBrand(selection, none),
                ExportProgress.NONE, cancelled);
        workbook.totals(brands, m.get("report.total"), GROUP_TOTALS);
        WrittenTable<SalesTotals.Row> products = workbook.table(m.get("report.sales.products.sheet"),
                productColumns(m), SalesTotals.byProduct(selection), progress, cancelled);
        workbook.totals(products, m.get("report.total"), PRODUCT_TOTALS);
        return influencers.rowCount() + brands.rowCount() + products.rowCount();
    }

    private static List<Column<SalesTotals.Row>> groupColumns(Messages m, String nameKey) {
        List<Column<SalesTotals.Row>> columns = new ArrayList<>();
        columns.add(new Column<>(m.get(nameKey), CellKind.TEXT, SalesTotals.Row::name));
        columns.addAll(figures(m));
        return columns;
    }

    private static List<Column<SalesTotals.Row>> productColumns(Messages m) {
        List<Column<SalesTotals.Row>> columns = new ArrayList<>(List.of(
                new Column<>(m.get("report.sales.column.sku"), CellKind.TEXT, SalesTotals.Row::sku),
                new Column<>(m.get("report.sales.column.product"), CellKind.TEXT, SalesTotals.Row::name),
                new Column<>(m.get("report.sales.column.brand"), CellKind.TEXT, SalesTotals.Row::brand),
                new Column<>(m.get("report.sales.column.influencer"), CellKind.TEXT, SalesTotals.Row::influencer)));
        columns.addAll(figures(m));
        return columns;
    }

    private static List<Column<SalesTotals.Row>> figures(Messages m) {
        return List.of(
                new Column<>(m.get("report.orders.column.orders"), CellKind.NUMBER, SalesTotals.Row::orders),
                new Column<>(m.get("report.orders.column.units"), CellKind.NUMBER, SalesTotals.Row::units),
                new Column<>(m.get("report.sales.column.revenue"), CellKind.CURRENCY, SalesTotals.Row::revenueWon),
                new Column<>(m.get("report.sales.column.share"), CellKind.DECIMAL, SalesTotals.Row::sharePercent));
    }
}
