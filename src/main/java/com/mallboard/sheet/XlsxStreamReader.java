package com.mallboard.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * An {@code .xlsx} read with POI's event API: the zip is opened read-only, the shared strings and styles are loaded
 * (they are small next to the sheets), and each worksheet's XML is parsed with SAX, row by row, so a sheet of a
 * million rows never becomes a million POI objects. See {@link XlsxLimits} for what a hostile file cannot do.
 */
final class XlsxStreamReader {

    private XlsxStreamReader() {
    }

    static Sheet read(Path file, TableSearch search) {
        XlsxLimits.apply();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg, true);
            reader.setUseReadOnlySharedStringsTable(true);
            SharedStrings strings = reader.getSharedStringsTable();
            StylesTable styles = reader.getStylesTable();
            CellText cellText = new CellText();
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            List<String> lookedAt = new ArrayList<>();
            boolean anyRows = false;
            while (sheets.hasNext()) {
                try (InputStream xml = sheets.next()) {
                    String name = sheets.getSheetName();
                    lookedAt.add(name);
                    RowCollector collector = new RowCollector(name, search, false);
                    parse(xml, new SheetXmlHandler(strings, styles, cellText, collector));
                    if (collector.found()) {
                        return collector.sheet();
                    }
                    anyRows |= collector.rejected();
                }
            }
            throw anyRows ? new SheetException("sheet.error.no.table", null, String.join(", ", lookedAt))
                    : new SheetException("sheet.error.empty", null);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            // a broken part can fail anywhere in POI (a shared string index out of range, a bad number); never a crash
            throw XlsxLimits.explain(e, file);
        }
    }

    private static void parse(InputStream xml, SheetXmlHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        // POI's reader refuses DOCTYPE declarations, so an external entity in a hostile sheet is never resolved.
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(handler);
        try {
            parser.parse(new InputSource(xml));
        } catch (SheetXmlHandler.StopReading enough) {
            // the collector has what it needs (or turned the sheet down); the rest of the sheet is not read
            return;
        }
    }
}
