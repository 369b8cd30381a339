package com.mallboard.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.Grouping;
import org.apache.poi.xddf.usermodel.chart.XDDFAreaChartData;
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
    private static final Map<ChartSpec.Kind, ChartTypes> TYPES = Map.of(
            ChartSpec.Kind.BAR, ChartTypes.BAR,
            ChartSpec.Kind.LINE, ChartTypes.LINE,
            ChartSpec.Kind.STACKED_AREA, ChartTypes.AREA);
    private static final XDDFColor[] PALETTE = {
        rgb(0x3B6EA8), rgb(0xE08A2E), rgb(0x4E9A5B), rgb(0xC24E4E), rgb(0x7E63A8), rgb(0x8C8C8C),
    };
    private static final int WIDTH_COLUMNS = 10;
    private static final int HEIGHT_ROWS = 20;

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
        XDDFChartData data = chart.createData(TYPES.get(spec.kind()), categories, values);
        XDDFCategoryDataSource categoryData = XDDFDataSourcesFactory.fromArray(categoryValues(table, spec),
                range(sheet, spec.categoryColumn(), table.rowCount()));
        for (int i = 0; i < spec.valueColumns().size(); i++) {
            int column = spec.valueColumns().get(i);
            XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromArray(numbers(table, column),
                    range(sheet, column, table.rowCount()));
            XDDFChartData.Series series = data.addSeries(categoryData, numbers);
            series.setTitle(table.columns().get(column).header(),
                    new CellReference(sheet.getSheetName(), 0, column, true, true));
            paint(series, PALETTE[i % PALETTE.length], spec.kind());
        }
        if (data instanceof XDDFBarChartData bars) {
            bars.setBarDirection(BarDirection.COL);
            values.setCrossBetween(AxisCrossBetween.BETWEEN); // whole bars at both ends, as Excel draws them
        }
        if (data instanceof XDDFAreaChartData areas) {
            areas.setGrouping(Grouping.STACKED);
        }
        data.setVaryColors(false);
        chart.plot(data);
    }

    /**
     * Series get explicit colours: without them Excel picks theme colours but LibreOffice draws nothing at all. Lines
     * are coloured strokes with markers; bars and areas are filled.
     */
    private static void paint(XDDFChartData.Series series, XDDFColor color, ChartSpec.Kind kind) {
        XDDFSolidFillProperties fill = new XDDFSolidFillProperties(color);
        XDDFLineProperties line = new XDDFLineProperties(fill);
        line.setWidth(kind == ChartSpec.Kind.LINE ? 2.0 : 0.5);
        series.setLineProperties(line);
        if (series instanceof XDDFLineChartData.Series lineSeries) {
            lineSeries.setSmooth(false);
            lineSeries.setMarkerStyle(MarkerStyle.CIRCLE);
        } else {
            series.setFillProperties(fill);
        }
    }

    /** An sRGB colour; {@code XDDFColor.from(int, int, int)} would read its arguments as percentages. */
    private static XDDFColor rgb(int hex) {
        return XDDFColor.from(new byte[] {(byte) (hex >> 16), (byte) (hex >> 8), (byte) hex});
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
