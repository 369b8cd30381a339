package com.mallboard.product.importing;

import com.mallboard.product.ProductField;
import java.util.ArrayList;
import java.util.List;

/**
 * What one sheet column is imported as: a product field, the tags, or nothing ({@link #IGNORE}). The user picks one
 * per column in the mapping step when a sheet's header is not the app's own.
 */
public record ColumnTarget(ProductField field, boolean tags) {
    public static final ColumnTarget IGNORE = new ColumnTarget(null, false);
    public static final ColumnTarget TAGS = new ColumnTarget(null, true);
    private static final String IGNORE_CODE = "IGNORE";
    private static final String TAGS_CODE = "TAGS";

    public static ColumnTarget of(ProductField field) {
        return new ColumnTarget(field, false);
    }

    /** Every choice in the order the mapping step lists them: ignore first, then the fields, then the tags. */
    public static List<ColumnTarget> choices() {
        List<ColumnTarget> all = new ArrayList<>();
        all.add(IGNORE);
        for (ProductField field : ProductField.values()) {
            all.add(of(field));
        }
        all.add(TAGS);
        return all;
    }

    public boolean ignored() {
        return field == null && !tags;
    }

    /** Key of the choice's label in the message bundles. */
    public String messageKey() {
        if (tags) {
            return "field.tags";
        }
        return field == null ? "import.mapping.ignore" : field.messageKey();
    }

    /** A stable name for the settings ("PRICE", "TAGS", "IGNORE"). */
    String code() {
        if (tags) {
            return TAGS_CODE;
        }
        return field == null ? IGNORE_CODE : field.name();
    }

    static ColumnTarget ofCode(String code) {
        return switch (code) {
            case TAGS_CODE -> TAGS;
            case IGNORE_CODE -> IGNORE;
            default -> of(ProductField.valueOf(code));
        };
    }
}
