package com.mallboard.report.orders;

import com.mallboard.common.Formats;
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
import com.mallboard.sync.OrderService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * The Orders &amp; shipments view: four sheets, per day and mall (shipped, pending, late, canceled, ₩), orders per day
 * with a line chart, per courier, and the order list, one row per order line, receivers masked unless the request
 * includes personal data. The counting is {@link OrderCounts}, {@link LateRule} and {@link ReportOrders}.
 */
public final class OrdersSheet implements ReportSheet {
    private final ReportOrders orders;
    private final Clock clock;

    public OrdersSheet(OrderService orders, ProductService products, Clock clock) {
        this.orders = new ReportOrders(orders, products);
        this.clock = clock;
    }

    @Override
    public String id() {
        return "orders";
    }

    @Override
    public String titleKey() {
        return "report.orders.sheet";
    }

    @Override
    public long write(ReportWorkbook workbook, ReportRequest request, ExportProgress progress,
                      BooleanSupplier cancelled) {
        Messages m = request.messages();
        ReportOrders.Selection selection = orders.read(request);
        LateRule late = new LateRule(LocalDate.now(clock.withZone(Formats.SEOUL)));
        String total = m.get("report.total");
        WrittenTable<OrderCounts.DayMall> dayMalls = workbook.table(m.get(titleKey()), dayMallColumns(m),
                OrderCounts.perDayAndMall(selection.orders(), late), ExportProgress.NONE, cancelled);
        workbook.totals(dayMalls, total, List.of(2, 3, 4, 5, 6, 7, 8));
        WrittenTable<OrderCounts.Day> days = workbook.table(m.get("report.orders.daily.sheet"), dayColumns(m),
                OrderCounts.perDay(selection.orders(), late), ExportProgress.NONE, cancelled);
        if (days.rowCount() > 0) {
            workbook.chart(days, new ChartSpec(ChartSpec.Kind.LINE, m.get("report.orders.daily.chart"), 0, List.of(1)));
        }
        workbook.totals(days, total, List.of(1, 2, 3, 4, 5));
        WrittenTable<OrderCounts.Courier> couriers = workbook.table(m.get("report.orders.couriers.sheet"),
                courierColumns(m), OrderCounts.perCourier(selection.orders(), selection::courierName),
                ExportProgress.NONE, cancelled);
        workbook.totals(couriers, total, List.of(1, 2, 3));
        long rows = dayMalls.rowCount() + days.rowCount() + couriers.rowCount();
        rows += workbook.table(m.get("report.orders.list.sheet"), listColumns(m),
                OrderListRow.of(selection, request.includePersonalData()), progress, cancelled).rowCount();
        return rows;
    }

    private static List<Column<OrderCounts.DayMall>> dayMallColumns(Messages m) {
        return List.of(
                new Column<>(m.get("report.orders.column.day"), CellKind.DATE, OrderCounts.DayMall::day),
                new Column<>(m.get("report.orders.column.mall"), CellKind.TEXT, OrderCounts.DayMall::mall),
                new Column<>(m.get("report.orders.column.orders"), CellKind.NUMBER, OrderCounts.DayMall::orders),
                new Column<>(m.get("report.orders.column.units"), CellKind.NUMBER, OrderCounts.DayMall::units),
                new Column<>(m.get("report.orders.column.shipped"), CellKind.NUMBER, OrderCounts.DayMall::shipped),
                new Column<>(m.get("report.orders.column.pending"), CellKind.NUMBER, OrderCounts.DayMall::pending),
                new Column<>(m.get("report.orders.column.late", LateRule.SHIP_WITHIN_BUSINESS_DAYS), CellKind.NUMBER,
                        OrderCounts.DayMall::late),
                new Column<>(m.get("report.orders.column.canceled"), CellKind.NUMBER, OrderCounts.DayMall::canceled),
                new Column<>(m.get("report.orders.column.amount"), CellKind.CURRENCY, OrderCounts.DayMall::amountWon));
    }

    private static List<Column<OrderCounts.Day>> dayColumns(Messages m) {
        return List.of(
                new Column<>(m.get("report.orders.column.day"), CellKind.DATE, OrderCounts.Day::day),
                new Column<>(m.get("report.orders.column.orders"), CellKind.NUMBER, OrderCounts.Day::orders),
                new Column<>(m.get("report.orders.column.shipped"), CellKind.NUMBER, OrderCounts.Day::shipped),
                new Column<>(m.get("report.orders.column.late", LateRule.SHIP_WITHIN_BUSINESS_DAYS), CellKind.NUMBER,
                        OrderCounts.Day::late),
                new Column<>(m.get("report.orders.column.units"), CellKind.NUMBER, OrderCounts.Day::units),
                new Column<>(m.get("report.orders.column.amount"), CellKind.CURRENCY, OrderCounts.Day::amountWon));
    }

    private static List<Column<OrderCounts.Courier>> courierColumns(Messages m) {
        return List.of(
                new Column<>(m.get("report.orders.column.courier"), CellKind.TEXT, OrderCounts.Courier::courier),
                new Column<>(m.get("report.orders.column.shipments"), CellKind.NUMBER, OrderCounts.Courier::shipments),
                new Column<>(m.get("report.orders.column.units"), CellKind.NUMBER, OrderCounts.Courier::units),
                new Column<>(m.get("report.sales.column.share"), CellKind.DECIMAL, OrderCounts.Courier::sharePercent));
    }

    private static List<Column<OrderListRow>> listColumns(Messages m) {
        String deleted = m.get("report.orders.personal.deleted");
        return List.of(
                new Column<>(m.get("report.orders.column.day"), CellKind.DATE, OrderListRow::orderDay),
                new Column<>(m.get("report.orders.column.mall"), CellKind.TEXT, OrderListRow::mall),
                new Column<>(m.get("report.orders.column.order"), CellKind.TEXT, OrderListRow::orderId),
                new Column<>(m.get("report.orders.column.status"), CellKind.TEXT,
                        row -> m.get("report.orders.state." + row.state().name().toLowerCase(Locale.ROOT))),
                new Column<>(m.get("report.sales.column.sku"), CellKind.TEXT, row -> row.line().customProductCode()),
                new Column<>(m.get("report.sales.column.product"), CellKind.TEXT, row -> row.line().productName()),
                new Column<>(m.get("report.orders.column.option"), CellKind.TEXT, row -> row.line().optionName()),
                new Column<>(m.get("report.orders.column.quantity"), CellKind.NUMBER, row -> row.line().quantity()),
                new Column<>(m.get("report.orders.column.amount"), CellKind.CURRENCY, OrderListRow::amountWon),
                new Column<>(m.get("report.orders.column.courier"), CellKind.TEXT, OrderListRow::courier),
                new Column<>(m.get("report.orders.column.tracking"), CellKind.TEXT, row -> row.line().trackingNo()),
                new Column<>(m.get("report.orders.column.shipped.on"), CellKind.DATE, row -> day(row.shippedAt())),
                new Column<>(m.get("report.orders.column.receiver"), CellKind.TEXT,
                        row -> row.personalDataDeleted() ? deleted : row.receiverName()),
                new Column<>(m.get("report.orders.column.phone"), CellKind.TEXT,
                        row -> row.personalDataDeleted() ? deleted : row.phone()),
                new Column<>(m.get("report.orders.column.address"), CellKind.TEXT,
                        row -> row.personalDataDeleted() ? deleted : row.address()));
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : instant.atZone(Formats.SEOUL).toLocalDate();
    }
}
