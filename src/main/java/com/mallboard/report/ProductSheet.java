package com.mallboard.report;

import com.mallboard.common.Messages;
import com.mallboard.product.Product;
import com.mallboard.product.ProductField;
import com.mallboard.product.ProductService;
import com.mallboard.product.Stage;
import com.mallboard.sync.ListingChip;
import com.mallboard.sync.ListingService;
import com.mallboard.sync.Mall;
import com.mallboard.sync.MallService;
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
    private final MallService malls;
    private final ListingService listings;

    /** The master list alone, without listing status (no malls to ask). */
    public ProductSheet(ProductService products, XlsxTableWriter writer) {
        this(products, writer, null, null);
    }

    /** With one column per mall: the product's listing status there, in the word the board's chips use. */
    public ProductSheet(ProductService products, XlsxTableWriter writer, MallService malls, ListingService listings) {
        this.products = products;
        this.writer = writer;
        this.malls = malls;
        this.listings = listings;
    }

    /**
     * Writes every active product to a workbook of its own at {@code target}; see {@link XlsxTableWriter#write} for
     * what happens on failure and on cancel.
     *
     * @return the number of products written
     */
    public long export(Path target, Messages messages, ExportProgress progress, BooleanSupplier cancelled) {
        List<Product> active = products.active();
        return writer.write(target, messages.get(titleKey()), columnsWithMalls(messages, ReportFilter.NONE), active,
                progress, cancelled);
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
        return workbook.table(messages.get(titleKey()), columnsWithMalls(messages, request.filter()), kept, progress,
                cancelled).rowCount();
    }

    private List<Column<Product>> columnsWithMalls(Messages messages, ReportFilter filter) {
        if (malls == null) {
            return columns(messages);
        }
        List<Mall> shown = malls.all().stream().filter(mall -> filter.matchesMall(mall.id())).toList();
        return columns(messages, shown, shown.isEmpty() ? Map.of() : listings.allChips());
    }

    /**
     * {@link #columns(Messages)} and then one column per mall, headed by its name: the product's listing status there
     * ("동기화됨", "실패", …), empty where the product is not listed. No malls, no extra columns.
     */
    public static List<Column<Product>> columns(Messages messages, List<Mall> malls,
                                                Map<Long, List<ListingChip>> chipsByProduct) {
        List<Column<Product>> columns = columns(messages);
        for (Mall mall : malls) {
            columns.add(new Column<Product>(mall.displayName(), CellKind.TEXT, product -> chipsByProduct
                    .getOrDefault(product.id(), List.of()).stream().filter(chip -> chip.mallRef() == mall.id())
                    .findFirst().map(chip -> messages.get(chip.status().messageKey())).orElse(null)));
        }
        return columns;
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
