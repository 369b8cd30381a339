package com.mallboard.shipping.tracking;

import com.mallboard.sync.Carrier;
import com.mallboard.sync.StoredOrder;
import java.util.List;

/**
 * One row of the courier's file as the preview shows it: the row number the user sees in Excel, what it says, and
 * either the order lines and mall carrier it will ship ({@code problem} null) or why not.
 */
public record ImportRow(int sheetRow, String orderId, String trackingNo, StoredOrder order, Carrier carrier,
        List<String> itemCodes, RowProblem problem, String detail) {

    public ImportRow {
        itemCodes = List.copyOf(itemCodes);
        detail = detail == null ? "" : detail;
    }

    static ImportRow ok(int sheetRow, String orderId, String trackingNo, StoredOrder order, Carrier carrier,
            List<String> itemCodes) {
        return new ImportRow(sheetRow, orderId, trackingNo, order, carrier, itemCodes, null, "");
    }

    static ImportRow refused(int sheetRow, String orderId, String trackingNo, RowProblem problem, String detail) {
        return new ImportRow(sheetRow, orderId, trackingNo, null, null, List.of(), problem, detail);
    }

    public boolean valid() {
        return problem == null;
    }
}
