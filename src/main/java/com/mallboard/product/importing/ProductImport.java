package com.mallboard.product.importing;

import com.mallboard.common.MessageText;
import com.mallboard.product.FieldProblem;
import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.ProductEdit;
import com.mallboard.product.ProductField;
import com.mallboard.product.ProductService;
import com.mallboard.product.ProductValidator;
import com.mallboard.product.Stage;
import com.mallboard.product.Tags;
import com.mallboard.sheet.Sheet;
import com.mallboard.sheet.SheetException;
import com.mallboard.sheet.SheetReader;
import com.mallboard.sheet.SheetRow;
import com.mallboard.sheet.SheetTable;
import com.mallboard.sheet.TableSearch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Bulk product import: {@link #preview} reads a spreadsheet and validates every row without writing anything;
 * {@link #commit} writes the previewed rows in one transaction. A SKU already stored is an update of that product,
 * a new SKU an insert in the stage its row names (planning when it names none).
 */
public class ProductImport {
    private final ProductService products;
    private final StartingStageCheck gates;

    /** {@code gates} says what a new product lacks to start in the stage its row names. */
    public ProductImport(ProductService products, StartingStageCheck gates) {
        this.products = products;
        this.gates = gates;
    }

    /** Rows one import takes: a season is a few thousand; beyond this the file is refused before it is all read. */
    public static final int MAX_ROWS = TableSearch.DEFAULT_MAX_ROWS;

    /**
     * Reads {@code file} (xlsx, xls or CSV) and validates every row. The products are on the first sheet whose first
     * non-blank row has a SKU column (an instructions or summary sheet before it is passed over).
     */
    public ImportPreview preview(Path file) {
        Sheet sheet;
        try {
            sheet = SheetReader.read(file, new TableSearch(ColumnMapping::hasSkuColumn, MAX_ROWS));
        } catch (SheetException e) {
            if (e.messageKey().equals("sheet.error.no.table")) {
                throw new ImportException("import.error.sheet.missing", e.args());
            }
            throw e;
        }
        return preview(sheet);
    }

    public ImportPreview preview(Sheet sheet) {
        return preview(sheet, ColumnOverrides.NONE);
    }

    /** Validates every row with the user's choice of field for the columns {@code overrides} names. */
    public ImportPreview preview(Sheet sheet, ColumnOverrides overrides) {
        SheetTable table = sheet.table(Sheet.FIRST_ROW);
        ColumnMapping mapping = ColumnMapping.of(table, overrides);
        RowReader reader = new RowReader(mapping);
        Map<String, Product> active = bySku(products.active());
        Map<String, Product> trashed = bySku(products.trash());
        Map<String, Integer> firstRowOfSku = new HashMap<>();
        List<ImportRow> rows = new ArrayList<>();
        for (SheetRow row : table.rows()) {
            String sku = CellValues.text(row.cell(mapping.fields().get(ProductField.SKU)));
            Product existing = active.get(sku);
            List<CellProblem> problems = new ArrayList<>();
            RowReader.Parsed parsed = existing == null
                    ? reader.read(row, ProductDetails.builder().build(), Set.of(), problems)
                    : reader.read(row, existing.details(), existing.tags(), problems);
            Set<String> flagged = problems.stream().map(CellProblem::column).collect(Collectors.toSet());
            for (FieldProblem problem : ProductValidator.problems(parsed.details())) {
                String column = reader.letter(problem.field());
                if (!flagged.contains(column)) {
                    problems.add(new CellProblem(row.number(), column, problem.messageKey()));
                }
            }
            String skuColumn = reader.letter(ProductField.SKU);
            Integer earlier = sku.isEmpty() ? null : firstRowOfSku.putIfAbsent(sku, row.number());
            if (earlier != null) {
                problems.add(new CellProblem(row.number(), skuColumn, "import.cell.sku.repeated", sku, earlier));
            }
            if (trashed.containsKey(sku)) {
                problems.add(new CellProblem(row.number(), skuColumn, "import.cell.sku.trashed", sku));
            }
            Stage stage = stage(row.number(), parsed, existing, reader.stageLetter(), problems);
            rows.add(row(row.number(), parsed, existing, problems, stage));
        }
        return new ImportPreview(rows, mapping.ignored());
    }

    /**
     * Writes the previewed rows in one transaction and says what was done. With problems in the preview nothing is
     * written unless {@code validRowsOnly}, which leaves out the rows with problems. A product changed since the
     * preview fails the whole import ({@link com.mallboard.product.StaleProductException}), writing nothing.
     */
    public ImportSummary commit(ImportPreview preview, boolean validRowsOnly) {
        if (preview.hasProblems() && !validRowsOnly) {
            throw new ImportException("import.error.problems", preview.problems().size());
        }
        List<ProductEdit> edits = new ArrayList<>();
        int skipped = 0;
        for (ImportRow row : preview.rows()) {
            if (!row.valid()) {
                skipped++;
            } else if (row.kind() != ImportRow.Kind.UNCHANGED) {
                edits.add(new ProductEdit(row.existing(), row.details(), row.tags(), row.stage()));
            }
        }
        products.saveAll(edits);
        return new ImportSummary((int) preview.count(ImportRow.Kind.INSERT), (int) preview.count(ImportRow.Kind.UPDATE),
                (int) preview.count(ImportRow.Kind.UNCHANGED), skipped);
    }

    /**
     * Where the row's product is: an insert starts in the stage the row names (planning when blank) if its details
     * pass the gates of every stage before it; an update keeps its stage, and naming another one is a problem,
     * because moves are made on the board, where checklists and required actions count too.
     */
    private Stage stage(int number, RowReader.Parsed parsed, Product existing, String column,
            List<CellProblem> problems) {
        Stage asked = parsed.stage();
        if (existing != null) {
            if (asked != null && asked != existing.stage()) {
                problems.add(new CellProblem(number, column, "import.cell.stage.changed",
                        MessageText.of(existing.stage().messageKey()), MessageText.of(asked.messageKey())));
            }
            return existing.stage();
        }
        if (asked == null) {
            return Stage.PLANNING;
        }
        Product product = new Product(0, parsed.details(), asked, Tags.normalise(parsed.tags()), false, null, null,
                null, null, 0);
        List<MessageText> missing = gates.problems(asked, product);
        if (!missing.isEmpty()) {
            problems.add(new CellProblem(number, column, "import.cell.stage.gate", MessageText.of(asked.messageKey()),
                    MessageText.joined(missing)));
        }
        return asked;
    }

    private static ImportRow row(int number, RowReader.Parsed parsed, Product existing, List<CellProblem> problems,
            Stage stage) {
        Set<String> tags = Tags.normalise(parsed.tags());
        if (existing == null) {
            return new ImportRow(number, ImportRow.Kind.INSERT, parsed.details(), tags, null, List.of(), problems,
                    stage);
        }
        List<FieldChange> changes = new ArrayList<>();
        for (ProductField field : ProductField.values()) {
            if (field.differs(existing.details(), parsed.details())) {
                changes.add(new FieldChange(field.messageKey(), field.readAsText(existing.details()),
                        field.readAsText(parsed.details())));
            }
        }
        if (!tags.equals(new TreeSet<>(existing.tags()))) {
            changes.add(new FieldChange("field.tags", String.join(", ", new TreeSet<>(existing.tags())),
                    String.join(", ", tags)));
        }
        ImportRow.Kind kind = changes.isEmpty() ? ImportRow.Kind.UNCHANGED : ImportRow.Kind.UPDATE;
        return new ImportRow(number, kind, parsed.details(), tags, existing, changes, problems, stage);
    }

    private static Map<String, Product> bySku(List<Product> list) {
        return list.stream().collect(Collectors.toMap(Product::sku, Function.identity(), (a, b) -> a));
    }
}
