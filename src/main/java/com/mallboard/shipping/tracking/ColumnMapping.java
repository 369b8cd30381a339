package com.mallboard.shipping.tracking;

import com.mallboard.sheet.SheetTable;

/**
 * Which columns of a courier's file hold what, by header name (a courier may add or move columns; the names stay).
 * {@code orderColumn} and {@code trackingColumn} are needed; {@code itemColumn} (the mall's order line code, to ship
 * one line of an order) and {@code courierColumn} (for files that mix couriers) may be empty.
 */
public record ColumnMapping(String orderColumn, String trackingColumn, String itemColumn, String courierColumn) {
    private static final String SEPARATOR = "\u001f";

    public ColumnMapping {
        orderColumn = blankIfNull(orderColumn);
        trackingColumn = blankIfNull(trackingColumn);
        itemColumn = blankIfNull(itemColumn);
        courierColumn = blankIfNull(courierColumn);
    }

    public static final ColumnMapping NONE = new ColumnMapping("", "", "", "");

    /** The order and tracking columns are chosen. */
    public boolean complete() {
        return !orderColumn.isEmpty() && !trackingColumn.isEmpty();
    }

    /** Every chosen column is in this file's header. */
    public boolean fits(SheetTable table) {
        return complete() && table.columnOf(orderColumn) >= 0 && table.columnOf(trackingColumn) >= 0
                && (itemColumn.isEmpty() || table.columnOf(itemColumn) >= 0)
                && (courierColumn.isEmpty() || table.columnOf(courierColumn) >= 0);
    }

    String encode() {
        return String.join(SEPARATOR, orderColumn, trackingColumn, itemColumn, courierColumn);
    }

    static ColumnMapping decode(String stored) {
        String[] parts = stored.split(SEPARATOR, -1);
        return parts.length != 4 ? NONE : new ColumnMapping(parts[0], parts[1], parts[2], parts[3]);
    }

    private static String blankIfNull(String column) {
        return column == null ? "" : column.strip();
    }
}
