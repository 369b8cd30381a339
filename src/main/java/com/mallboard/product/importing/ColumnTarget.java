package com.mallboard.product.importing;

import com.mallboard.product.ProductField;
import java.util.ArrayList;
import java.util.List;

/**
 * What one sheet column is imported as: a product field, the tags, the stage, or nothing ({@link #IGNORE}). The user
 * picks one per column in the mapping step when a sheet's header is not the app's own.
 */
public record ColumnTarget(ProductField field, boolean tags, boolean stage) {
    public static final ColumnTarget IGNORE = new ColumnTarget(null, false, false);
    public static final ColumnTarget TAGS = new ColumnTarget(null, true, false);
    public static final ColumnTarget STAGE = new ColumnTarget(null, false, true);
    private static final String IGNORE_CODE = "IGNORE";
    private static final String TAGS_CODE = "TAGS";
    private static final String STAGE_CODE = "STAGE";

    public static ColumnTarget of(ProductField field) {
        return new ColumnTarget(field, false, false);
    }

    /** Every choice in the order the mapping step lists them: ignore first, the fields, the tags, the stage. */
    public static List<ColumnTarget> choices() {
        List<ColumnTarget> all = new ArrayList<>();
        all.add(IGNORE);
        for (ProductField field : ProductField.values()) {
            all.add(of(field));
        }
        all.add(TAGS);
        all.add(STAGE);
        return all;
    }

    public boolean ignored() {
        return field == null && !tags && !stage;
    }

    /** Key of the choice's label in the message bundles. */
    public String messageKey() {
        if (tags) {
            return "field.tags";
        }
        if (stage) {
            return "report.column.stage";
        }
        return field == null ? "import.mapping.ignore" : field.messageKey();
    }

    /** A stable name for the settings ("PRICE", "TAGS", "IGNORE"). */
    String code() {
        if (tags) {
            return TAGS_CODE;
        }
        if (stage) {
            return STAGE_CODE;
        }
        return field == null ? IGNORE_CODE : field.name();
    }

    static ColumnTarget ofCode(String code) {
        return switch (code) {
            case TAGS_CODE -> TAGS;
            case IGNORE_CODE -> IGNORE;
            case STAGE_CODE -> STAGE;
            default -> of(ProductField.valueOf(code));
        };
    }
}
