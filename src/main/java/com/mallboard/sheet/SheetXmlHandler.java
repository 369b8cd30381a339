package com.mallboard.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One worksheet's XML ({@code xl/worksheets/sheetN.xml}) read as SAX events, one row at a time, into a
 * {@link RowCollector}: nothing but the current row is held, whatever the sheet's size. Cells give their cached
 * value (a formula's last result); a formula without one, and an error value, become a {@link CellFault}.
 * Phonetic guides ({@code <rPh>}, the furigana of Japanese names) are not part of the text.
 */
final class SheetXmlHandler extends DefaultHandler {
    private final SharedStrings strings;
    private final StylesTable styles;
    private final CellText cellText;
    private final RowCollector collector;
    private final StringBuilder text = new StringBuilder();
    private List<String> cells = new ArrayList<>();
    private Map<Integer, CellFault> faults = new HashMap<>();
    private int rowNumber;
    private int column;
    private String type;
    private int style;
    private String value;
    private String formula;
    private boolean inValue;
    private boolean inFormula;
    private boolean inText;
    private boolean inPhonetic;

    /** Thrown to end the parse early once the collector wants no more rows. */
    static final class StopReading extends SAXException {
        private static final long serialVersionUID = 1L;
    }

    SheetXmlHandler(SharedStrings strings, StylesTable styles, CellText cellText, RowCollector collector) {
        this.strings = strings;
        this.styles = styles;
        this.cellText = cellText;
        this.collector = collector;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                cells = new ArrayList<>();
                faults = new HashMap<>();
                column = -1;
            }
            case "c" -> {
                String r = attributes.getValue("r");
                column = r == null ? column + 1 : columnOf(r);
                type = attributes.getValue("t");
                String s = attributes.getValue("s");
                style = s == null ? 0 : Integer.parseInt(s);
                value = null;
                formula = null;
            }
            case "v" -> startText(true, false, false);
            case "f" -> startText(false, true, false);
            case "t" -> startText(false, false, !inPhonetic);
            case "rPh" -> inPhonetic = true;
            default -> {
                // other elements (styles of runs, merge ranges, page setup) carry no cell text
            }
        }
    }

    private void startText(boolean valueText, boolean formulaText, boolean cellString) {
        inValue = valueText;
        inFormula = formulaText;
        inText = cellString;
        if (valueText || formulaText) {
            text.setLength(0);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue || inFormula || inText) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "v" -> {
                value = text.toString();
                inValue = false;
            }
            case "f" -> {
                formula = "=" + text;
                inFormula = false;
            }
            case "t" -> inText = false;
            case "is" -> value = text.toString();
            case "rPh" -> inPhonetic = false;
            case "c" -> endCell();
            case "row" -> {
                if (!collector.add(new SheetRow(rowNumber, cells, faults))) {
                    throw new StopReading();
                }
            }
            default -> {
                // nothing to finish
            }
        }
    }

    private void endCell() {
        if ("inlineStr".equals(type) && value == null) {
            value = "";
        }
        String shown = cellValue();
        while (cells.size() < column) {
            cells.add("");
        }
        cells.add(shown);
        if ("e".equals(type)) {
            faults.put(column, new CellFault(CellFault.Kind.ERROR_VALUE, shown));
        } else if (formula != null && value == null) {
            faults.put(column, new CellFault(CellFault.Kind.NO_CACHED_VALUE, formula));
        }
        text.setLength(0);
    }

    private String cellValue() {
        if (value == null) {
            return "";
        }
        if (type == null || "n".equals(type)) {
            return number(value);
        }
        return switch (type) {
            case "s" -> strings.getItemAt(Integer.parseInt(value.strip())).getString();
            case "b" -> "1".equals(value.strip()) ? "TRUE" : "FALSE";
            case "e" -> errorText(value);
            default -> value;
        };
    }

    private String number(String raw) {
        if (raw.isBlank()) {
            return "";
        }
        double number = Double.parseDouble(raw);
        if (styles == null || style >= styles.getNumCellStyles()) {
            return CellText.plain(number);
        }
        XSSFCellStyle cellStyle = styles.getStyleAt(style);
        return cellText.number(number, cellStyle.getDataFormat(), cellStyle.getDataFormatString());
    }

    private static String errorText(String raw) {
        try {
            return FormulaError.forString(raw.strip()).getString();
        } catch (IllegalArgumentException unknown) {
            return raw.strip();
        }
    }

    /** 0-based column of a cell reference such as {@code AB12}. */
    static int columnOf(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + Character.toUpperCase(reference.charAt(i)) - 'A' + 1;
        }
        return column - 1;
    }
}
