package com.mallboard.report;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.Grouping;
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
    private static final PresetColor[] PALETTE = {PresetColor.STEEL_BLUE, PresetColor.DARK_ORANGE,
        PresetColor.SEA_GREEN, PresetColor.GOLDENROD, PresetColor.MEDIUM_PURPLE, PresetColor.INDIAN_RED,
        PresetColor.SLATE_GRAY, PresetColor.DARK_CYAN};

    private ReportCharts() {
    }

    static <T> void draw(WrittenTable<T> table, ChartSpec spec) {
        Sheet sheet = table.sheet();
        int firstColumn = table.columns().size() + 1;
        XSSFDrawing drawing = drawingOf(sheet);
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, firstColumn, 1, firstColumn + WIDTH_COLUMNS,
                1 + HEIGHT_ROWS);
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
            data.addSeries(categoryData, series).setTitle(table.columns().get(column).header(),
                    new CellReference(sheet.getSheetName(), 0, column, true, true));
        }
        if (data instanceof XDDFBarChartData bars) {
            bars.setBarDirection(BarDirection.COL);
            bars.setVaryColors(false);
            if (spec.kind() == ChartSpec.Kind.STACKED_BAR) {
                bars.setBarGrouping(BarGrouping.STACKED);
                bars.setOverlap((byte) 100);
            }
        }
        if (data instanceof XDDFLineChartData lines) {
            lines.setGrouping(Grouping.STANDARD);
            lines.setVaryColors(false);
        }
        colourSeries(data);
        chart.plot(data);
    }

    /**
     * Each series gets its colour (a solid line with round markers, or a solid fill): without one, LibreOffice draws
     * POI's bars invisible and its lines as loose markers. Excel draws them either way.
     */
    private static void colourSeries(XDDFChartData data) {
        for (int i = 0; i < data.getSeriesCount(); i++) {
            XDDFSolidFillProperties colour = new XDDFSolidFillProperties(XDDFColor.from(PALETTE[i % PALETTE.length]));
            XDDFShapeProperties shape = new XDDFShapeProperties();
            if (data.getSeries(i) instanceof XDDFLineChartData.Series line) {
                line.setSmooth(false);
                line.setMarkerStyle(MarkerStyle.CIRCLE);
                XDDFLineProperties stroke = new XDDFLineProperties(colour);
                stroke.setWidth(2.25);
                shape.setLineProperties(stroke);
            } else {
                shape.setFillProperties(colour);
            }
            data.getSeries(i).setShapeProperties(shape);
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
