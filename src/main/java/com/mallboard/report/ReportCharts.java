package com.mallboard.report;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * Native Excel charts (DrawingML) drawn with POI's XDDF. Each series refers to the table's cells, so the chart follows
 * edits in Excel, and carries a cache of the values, because a streamed sheet's rows are no longer in memory to be
 * read back and viewers draw from that cache until they recalculate.
 */
final class ReportCharts {
    private static final int WIDTH_COLUMNS = 10;
    private static final int HEIGHT_ROWS = 20;
    private static final double LINE_WIDTH_POINTS = 2.0;
    /** Blue, orange, green, red, teal, yellow: told apart on screen and in grey print. */
    private static final byte[][] PALETTE = {
        {0x4E, 0x79, (byte) 0xA7}, {(byte) 0xF2, (byte) 0x8E, 0x2B}, {0x59, (byte) 0xA1, 0x4F},
        {(byte) 0xE1, 0x57, 0x59}, {0x76, (byte) 0xB7, (byte) 0xB2}, {(byte) 0xED, (byte) 0xC9, 0x48}};

    private ReportCharts() {
    }

    static <T> void draw(WrittenTable<T> table, ChartSpec spec) {
        Sheet sheet = table.sheet();
        int firstColumn = table.columns().size() + 1;
        XSSFDrawing drawing = drawingOf(sheet);
        int firstRow = 1 + drawing.getCharts().size() * (HEIGHT_ROWS + 1); // a second chart goes below the first
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, firstColumn, firstRow, firstColumn + WIDTH_COLUMNS,
                firstRow + HEIGHT_ROWS);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(spec.title());
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFChartData data = chart.createData(spec.kind() == ChartSpec.Kind.LINE ? ChartTypes.LINE : ChartTypes.BAR,
                categories, values);
        XDDFCategoryDataSource categoryData = XDDFDataSourcesFactory.fromArray(categoryValues(table, spec),
                range(sheet, spec.categoryColumn(), table.rowCount()));
        for (int column : spec.valueColumns()) {
            XDDFNumericalDataSource<Double> series = XDDFDataSourcesFactory.fromArray(numbers(table, column),
                    range(sheet, column, table.rowCount()));
            XDDFChartData.Series added = data.addSeries(categoryData, series);
            added.setTitle(table.columns().get(column).header(),
                    new CellReference(sheet.getSheetName(), 0, column, true, true));
            colour(added, data.getSeriesCount() - 1);
        }
        if (data instanceof XDDFBarChartData bars) {
            values.setCrossBetween(AxisCrossBetween.BETWEEN); // whole bars at both ends, as Excel draws them
            bars.setBarDirection(BarDirection.COL);
            bars.setVaryColors(false);
            if (spec.kind() == ChartSpec.Kind.STACKED_BAR) {
                bars.setBarGrouping(BarGrouping.STACKED);
                bars.setOverlap((byte) 100);
            }
        }
        chart.plot(data);
    }

    /**
     * An explicit colour per series: Excel picks automatic colours for series without one, LibreOffice draws them
     * invisible (bars without fill, lines without stroke).
     */
    private static void colour(XDDFChartData.Series series, int index) {
        XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(PALETTE[index % PALETTE.length]));
        if (series instanceof XDDFLineChartData.Series line) {
            XDDFLineProperties stroke = new XDDFLineProperties(fill);
            stroke.setWidth(LINE_WIDTH_POINTS);
            line.setLineProperties(stroke);
            line.setMarkerStyle(MarkerStyle.NONE);
            line.setSmooth(false);
        } else {
            series.setFillProperties(fill);
        }
    }

    private static XSSFDrawing drawingOf(Sheet sheet) {
        if (sheet instanceof SXSSFSheet streamed) {
            streamed.createDrawingPatriarch();
            return streamed.getDrawingPatriarch();
        }
        return (XSSFDrawing) sheet.createDrawingPatriarch();
    }

    private static String range(Sheet sheet, int column, int rows) {
        return new CellRangeAddress(1, Math.max(1, rows), column, column).formatAsString(sheet.getSheetName(), true);
    }

    private static <T> String[] categoryValues(WrittenTable<T> table, ChartSpec spec) {
        Column<T> column = table.columns().get(spec.categoryColumn());
        return table.rows().stream().map(row -> {
            Object value = column.value().apply(row);
            return value instanceof LocalDate date ? date.toString() : value == null ? "" : value.toString();
        }).toArray(String[]::new);
    }

    private static <T> Double[] numbers(WrittenTable<T> table, int columnIndex) {
        Column<T> column = table.columns().get(columnIndex);
        List<Double> values = table.rows().stream().map(row -> {
            Object value = column.value().apply(row);
            return value instanceof Number number ? number.doubleValue() : null;
        }).toList();
        return values.toArray(Double[]::new);
    }
}
