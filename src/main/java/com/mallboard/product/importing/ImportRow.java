package com.mallboard.product.importing;

import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.Stage;
import java.util.List;
import java.util.Set;

/**
 * One sheet row as the import would apply it. {@code existing} is the stored product with the same SKU (null for
 * an insert); {@code changes} is the field-by-field diff for an update; {@code stage} is where an insert starts (an
 * update keeps the stored stage: moves are made on the board). A row with problems is never written.
 */
public record ImportRow(int sheetRow, Kind kind, ProductDetails details, Set<String> tags, Product existing,
        List<FieldChange> changes, List<CellProblem> problems, Stage stage) {

    /** What committing the row does. */
    public enum Kind { INSERT, UPDATE, UNCHANGED }

    public ImportRow {
        tags = Set.copyOf(tags);
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
