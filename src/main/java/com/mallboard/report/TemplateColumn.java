package com.mallboard.report;

import com.mallboard.product.ProductField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One column of the import template: the product field it fills (null for the tags and the stage), how its cells are
 * formatted, and whether the import needs it.
 */
record TemplateColumn(ProductField field, CellKind kind, String format, boolean required, boolean stage) {
    static final TemplateColumn STAGE = new TemplateColumn(null, CellKind.TEXT, "@", false, true);

    TemplateColumn(ProductField field, CellKind kind, String format, boolean required) {
        this(field, kind, format, required, false);
    }

    /** The template's columns in the order of the product editor with the stage after the name, tags last. */
    static List<TemplateColumn> all() {
        List<TemplateColumn> columns = new ArrayList<>();
        for (ProductField field : ProductField.values()) {
            if (field == ProductField.BRAND) {
                columns.add(STAGE);
            }
            columns.add(switch (field) {
                case SKU, NAME -> new TemplateColumn(field, CellKind.TEXT, "@", true);
                case LAUNCH_DATE -> new TemplateColumn(field, CellKind.DATE, ReportWorkbook.DATE_FORMAT, false);
                case PRICE, COST -> new TemplateColumn(field, CellKind.CURRENCY, ReportWorkbook.CURRENCY_FORMAT, false);
                case ORDER_QUANTITY, SHIPPED_QUANTITY, STOCK ->
                        new TemplateColumn(field, CellKind.NUMBER, ReportWorkbook.NUMBER_FORMAT, false);
                // text format, or Excel turns 8801234567893 into 8.80123E+12 and drops a barcode's leading zero
                default -> new TemplateColumn(field, CellKind.TEXT, "@", false);
            });
        }
        columns.add(new TemplateColumn(null, CellKind.TEXT, "@", false));
        return columns;
    }

    String headerKey() {
        if (stage) {
            return "report.column.stage";
        }
        return field == null ? "field.tags" : field.messageKey();
    }

    /** The end of this column's message keys in the template's instructions ("sku", "launch.date", "tags"). */
    String keySuffix() {
        if (stage) {
            return "stage";
        }
        return field == null ? "tags" : field.name().toLowerCase(Locale.ROOT).replace('_', '.');
    }

    int width() {
        return switch (kind) {
            case DATE, CURRENCY, NUMBER, DECIMAL -> 14;
            case TEXT -> field == ProductField.NAME || field == ProductField.INGREDIENTS
                    || field == ProductField.NOTES ? 32 : 18;
        };
    }
}
