package com.mallboard.product.importing;

import com.mallboard.common.MessageText;
import com.mallboard.common.Messages;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.ProductDetailsBuilder;
import com.mallboard.product.ProductField;
import com.mallboard.product.Stage;
import com.mallboard.sheet.CellFault;
import com.mallboard.sheet.SheetRow;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Reads one sheet row into product details, noting each cell that is not what its column needs. Columns the sheet
 * does not have keep the {@code base} product's value (an update from a sheet with only SKU and price changes only
 * the price); a blank cell in a column the sheet has empties the field.
 */
final class RowReader {
    private static final Map<String, Stage> STAGES = stageNames();
    private final ColumnMapping mapping;

    RowReader(ColumnMapping mapping) {
        this.mapping = mapping;
    }

    /** The row's details on top of {@code base} (a new product's empty details for inserts), and its problems. */
    Parsed read(SheetRow row, ProductDetails base, Set<String> baseTags, List<CellProblem> problems) {
        faults(row, problems);
        ProductDetailsBuilder b = base.toBuilder();
        code(row, ProductField.SKU, b::sku);
        text(row, ProductField.NAME, b::name);
        text(row, ProductField.BRAND, b::brand);
        text(row, ProductField.INFLUENCER, b::influencer);
        text(row, ProductField.CATEGORY, b::category);
        text(row, ProductField.SUPPLIER, b::supplier);
        code(row, ProductField.BARCODE, b::barcode);
        code(row, ProductField.LOCATION, b::location);
        text(row, ProductField.CAPACITY, b::capacity);
        text(row, ProductField.MANUFACTURER, b::manufacturer);
        text(row, ProductField.RESPONSIBLE_SELLER, b::responsibleSeller);
        text(row, ProductField.USAGE_PERIOD, b::usagePeriod);
        text(row, ProductField.INGREDIENTS, b::ingredients);
        text(row, ProductField.NOTES, b::notes);
        value(row, ProductField.LAUNCH_DATE, CellValues::date, "import.cell.date", b::launchDate, problems);
        value(row, ProductField.PRICE, CellValues::wholeNumber, "import.cell.number", b::priceWon, problems);
        value(row, ProductField.COST, CellValues::wholeNumber, "import.cell.number", b::costWon, problems);
        count(row, ProductField.ORDER_QUANTITY, b::orderQuantity, problems);
        count(row, ProductField.SHIPPED_QUANTITY, b::shippedQuantity, problems);
        count(row, ProductField.STOCK, b::stock, problems);
        Set<String> tags = baseTags;
        if (mapping.tagsColumn() >= 0 && row.fault(mapping.tagsColumn()) == null) {
            tags = new TreeSet<>(Arrays.asList(CellValues.text(row.cell(mapping.tagsColumn())).split("[,，;、]")));
        }
        return new Parsed(b.build(), tags, stage(row, problems));
    }

    /** The stage the row names, or null when it names none (no stage column, a blank or a wrong cell). */
    private Stage stage(SheetRow row, List<CellProblem> problems) {
        int column = mapping.stageColumn();
        if (column < 0 || row.fault(column) != null || CellValues.text(row.cell(column)).isEmpty()) {
            return null;
        }
        Stage stage = STAGES.get(ColumnMapping.comparable(row.cell(column)));
        if (stage == null) {
            MessageText names = MessageText.of("import.cell.stage.names", Arrays.stream(Stage.values())
                    .map(s -> (Object) MessageText.of(s.messageKey())).toArray());
            problems.add(new CellProblem(row.number(), ColumnMapping.letter(column), "import.cell.stage",
                    row.cell(column), names));
        }
        return stage;
    }

    /** Stages by their Korean name, English name and enum name, compared as headers are ("라벨링", "labeling "). */
    private static Map<String, Stage> stageNames() {
        Map<String, Stage> names = new HashMap<>();
        for (Messages language : List.of(new Messages(Messages.KOREAN), new Messages(Messages.ENGLISH))) {
            for (Stage stage : Stage.values()) {
                names.put(ColumnMapping.comparable(language.get(stage.messageKey())), stage);
                names.put(ColumnMapping.comparable(stage.name()), stage);
            }
        }
        return Map.copyOf(names);
    }

    /** A formula error or a formula never calculated, in a column the import reads, is that cell's problem. */
    private void faults(SheetRow row, List<CellProblem> problems) {
        row.faults().entrySet().stream().filter(f -> mapping.fields().containsValue(f.getKey())
                || f.getKey() == mapping.tagsColumn() || f.getKey() == mapping.stageColumn())
                .sorted(Map.Entry.comparingByKey()).forEach(f -> {
                    CellFault fault = f.getValue();
                    String key = fault.kind() == CellFault.Kind.ERROR_VALUE ? "import.cell.formula.error"
                            : "import.cell.formula.uncalculated";
                    problems.add(new CellProblem(row.number(), ColumnMapping.letter(f.getKey()), key, fault.detail()));
                });
    }

    /** The column letter of {@code field}, or null when the sheet has no such column. */
    String letter(ProductField field) {
        Integer column = mapping.fields().get(field);
        return column == null ? null : ColumnMapping.letter(column);
    }

    /** The stage column's letter, or null when the sheet has none. */
    String stageLetter() {
        return mapping.stageColumn() < 0 ? null : ColumnMapping.letter(mapping.stageColumn());
    }

    private void text(SheetRow row, ProductField field, Function<String, ProductDetailsBuilder> setter) {
        cell(row, field).ifPresent(text -> setter.apply(CellValues.freeText(text)));
    }

    /** SKUs, barcodes and locations are codes: full-width letters and digits fold to their plain forms. */
    private void code(SheetRow row, ProductField field, Function<String, ProductDetailsBuilder> setter) {
        cell(row, field).ifPresent(text -> setter.apply(CellValues.text(text)));
    }

    private <T> void value(SheetRow row, ProductField field, Function<String, Optional<T>> parser, String problemKey,
            Function<T, ProductDetailsBuilder> setter, List<CellProblem> problems) {
        cell(row, field).ifPresent(text -> {
            if (CellValues.text(text).isEmpty()) {
                setter.apply(null);
                return;
            }
            Optional<T> parsed = parser.apply(text);
            if (parsed.isPresent()) {
                setter.apply(parsed.get());
            } else {
                problems.add(new CellProblem(row.number(), letter(field), problemKey, text));
            }
        });
    }

    private void count(SheetRow row, ProductField field, Function<Integer, ProductDetailsBuilder> setter,
            List<CellProblem> problems) {
        value(row, field, text -> CellValues.wholeNumber(text)
                .filter(n -> n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE), "import.cell.number",
                (Long n) -> setter.apply(n == null ? null : n.intValue()), problems);
    }

    private Optional<String> cell(SheetRow row, ProductField field) {
        Integer column = mapping.fields().get(field);
        return column == null || row.fault(column) != null ? Optional.empty() : Optional.of(row.cell(column));
    }

    /** A row's details, tags (normalised when the edit is made) and the stage it names (null for none). */
    record Parsed(ProductDetails details, Set<String> tags, Stage stage) {
    }
}
