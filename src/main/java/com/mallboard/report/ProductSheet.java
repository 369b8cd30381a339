package com.mallboard.report;

import com.mallboard.common.Messages;
import com.mallboard.product.Product;
import com.mallboard.product.ProductField;
import com.mallboard.product.ProductService;
import com.mallboard.product.Stage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

/**
 * The Products sheet: the master list, one row per active product with every {@link ProductField}, its stage by
 * name and its tags, headed in the user's language.
 */
public final class ProductSheet implements ReportSheet {
    private static final Map<ProductField, CellKind> KINDS = new EnumMap<>(Map.of(
            ProductField.LAUNCH_DATE, CellKind.DATE,
            ProductField.PRICE, CellKind.CURRENCY,
            ProductField.COST, CellKind.CURRENCY,
            ProductField.ORDER_QUANTITY, CellKind.NUMBER,
            ProductField.SHIPPED_QUANTITY, CellKind.NUMBER,
            ProductField.STOCK, CellKind.NUMBER));

    private final ProductService products;
    private final XlsxTableWriter writer;

    public ProductSheet(ProductService products, XlsxTableWriter writer) {
        this.products = products;
        this.writer = writer;
    }

    /**
     * Writes every active product to a workbook of its own at {@code target}; see {@link XlsxTableWriter#write} for
     * what happens on failure and on cancel.
     *
     * @return the number of products written
     */
    public long export(Path target, Messages messages, ExportProgress progress, BooleanSupplier cancelled) {
        List<Product> active = products.active();
        return writer.write(target, messages.get(titleKey()), columns(messages), active, progress, cancelled);
    }

    @Override
    public String id() {
        return "products";
    }

    @Override
    public String titleKey() {
        return "report.products.sheet";
    }

    /** The products the filter keeps, whatever the period: the master list is a snapshot of today. */
    @Override
    public long write(ReportWorkbook workbook, ReportRequest request, ExportProgress progress,
                      BooleanSupplier cancelled) {
        List<Product> kept = products.active().stream().filter(request.filter()::matches).toList();
        Messages messages = request.messages();
        return workbook.table(messages.get(titleKey()), columns(messages), kept, progress, cancelled).rowCount();
    }

    /** SKU and name first, then the stage, the other fields in editor order and the tags last. */
    public static List<Column<Product>> columns(Messages messages) {
        List<Column<Product>> columns = new ArrayList<>();
        for (ProductField field : ProductField.values()) {
            columns.add(new Column<Product>(messages.get(field.messageKey()), kindOf(field),
                    product -> field.read(product.details())));
            if (field == ProductField.NAME) {
                columns.add(new Column<Product>(messages.get("report.column.stage"), CellKind.TEXT,
                        product -> stageName(messages, product.stage())));
            }
        }
        columns.add(new Column<Product>(messages.get("field.tags"), CellKind.TEXT,
                product -> product.tags().isEmpty() ? null : String.join(", ", new TreeSet<>(product.tags()))));
        return columns;
    }

    /** How a field's values are stored: dates, won amounts and quantities as real Excel values, the rest as text. */
    public static CellKind kindOf(ProductField field) {
        return KINDS.getOrDefault(field, CellKind.TEXT);
    }

    private static String stageName(Messages messages, Stage stage) {
        return messages.get(stage.messageKey());
    }
}
