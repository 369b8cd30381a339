package com.mallboard.shipping.tracking;

/** What one row of the file says in the mapped columns, cleaned up; {@code rawTracking} as the file wrote it. */
record SheetLine(int sheetRow, String orderId, String trackingNo, String rawTracking, String itemCode,
        String courierText) {

    /** A row that names neither an order nor a tracking number (a total line, a note) is not an import row. */
    boolean empty() {
        return orderId.isEmpty() && trackingNo.isEmpty();
    }

    /** Two rows with the same key ship the same thing. */
    String key() {
        return orderId + "\u001f" + itemCode;
    }
}
