package com.mallboard.shipping.tracking;

import com.mallboard.sheet.Sheet;
import com.mallboard.sheet.SheetReader;
import com.mallboard.sheet.SheetRow;
import com.mallboard.sheet.SheetTable;
import com.mallboard.shipping.ScanCodes;
import com.mallboard.sync.NewShipment;
import com.mallboard.sync.OrderService;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Tracking numbers in bulk from a courier's export: read the file, preview every row (what it ships, or why it
 * cannot), then store them all in one transaction. Each goes to its mall through the outbox, as one typed at the
 * orders screen does. Nothing is stored while a row has a problem, unless the user asks for the valid rows only.
 */
public final class TrackingImport {
    private final OrderService orders;
    private final ColumnMappings mappings;

    public TrackingImport(OrderService orders, ColumnMappings mappings) {
        this.orders = orders;
        this.mappings = mappings;
    }

    /**
     * Reads the file; {@code headerRow} as Excel numbers it, or {@link Sheet#FIRST_ROW} to find it: the first of the
     * top rows with a courier's tracking number header, else the first non-blank row.
     */
    public ImportFile open(Path file, int headerRow) {
        Sheet sheet = SheetReader.read(file);
        SheetTable table = sheet.table(headerRow == Sheet.FIRST_ROW ? CourierLayout.headerRow(sheet) : headerRow);
        return new ImportFile(file, table, CourierLayout.guessCourier(table, file.getFileName().toString()));
    }

    /** The columns last confirmed for this courier if the file has them, else the courier's preset guess. */
    public ColumnMapping mappingFor(Courier courier, SheetTable table) {
        return mappings.forFile(courier, table);
    }

    public ImportPreview preview(SheetTable table, Courier courier, ColumnMapping mapping) {
        if (!mapping.fits(table)) {
            throw new TrackingImportException("tracking.import.refused.columns");
        }
        int order = table.columnOf(mapping.orderColumn());
        int tracking = table.columnOf(mapping.trackingColumn());
        int item = table.columnOf(mapping.itemColumn());
        int courierColumn = table.columnOf(mapping.courierColumn());
        List<SheetLine> lines = table.rows().stream().map(r -> line(r, order, tracking, item, courierColumn))
                .filter(l -> !l.empty()).toList();
        Map<Integer, ImportRow> fileProblems = FileDuplicates.find(lines);
        RowChecker checker = new RowChecker(orders, courier, fileProblems);
        return new ImportPreview(courier, mapping, lines.stream().map(checker::check).toList());
    }

    private static SheetLine line(SheetRow row, int order, int tracking, int item, int courier) {
        String orderId = ScanCodes.normalize(row.cell(order)).orElse("").replaceAll("\\s+", "");
        return new SheetLine(row.number(), orderId, TrackingNumbers.normalize(row.cell(tracking)), row.cell(tracking),
                row.cell(item), row.cell(courier));
    }

    /**
     * Stores the preview's valid rows and queues them for the malls, all or nothing, and remembers the courier's
     * columns. Refused while any row has a problem unless {@code importValidRows}; refused when no row is valid.
     */
    public ImportSummary commit(ImportPreview preview, boolean importValidRows) {
        if (preview.hasErrors() && !importValidRows) {
            throw new TrackingImportException("tracking.import.refused.errors", preview.errorCount());
        }
        List<ImportRow> valid = preview.validRows();
        if (valid.isEmpty()) {
            throw new TrackingImportException("tracking.import.refused.nothing");
        }
        orders.recordTrackings(valid.stream()
                .map(r -> new NewShipment(r.order(), r.itemCodes(), r.trackingNo(), r.carrier().code())).toList());
        mappings.remember(preview.courier(), preview.mapping());
        int lines = valid.stream().mapToInt(r -> r.itemCodes().size()).sum();
        return new ImportSummary(valid.size(), lines, (int) preview.errorCount());
    }
}
