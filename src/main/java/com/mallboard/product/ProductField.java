package com.mallboard.product;

import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** The editable fields of a product, one place that knows how to read each (activity log, editor, reports). */
public enum ProductField {
    SKU(ProductDetails::sku, (b, v) -> b.sku((String) v)),
    NAME(ProductDetails::name, (b, v) -> b.name((String) v)),
    BRAND(ProductDetails::brand, (b, v) -> b.brand((String) v)),
    INFLUENCER(ProductDetails::influencer, (b, v) -> b.influencer((String) v)),
    CATEGORY(ProductDetails::category, (b, v) -> b.category((String) v)),
    LAUNCH_DATE(ProductDetails::launchDate, (b, v) -> b.launchDate((java.time.LocalDate) v)),
    PRICE(ProductDetails::priceWon, (b, v) -> b.priceWon((Long) v)),
    COST(ProductDetails::costWon, (b, v) -> b.costWon((Long) v)),
    SUPPLIER(ProductDetails::supplier, (b, v) -> b.supplier((String) v)),
    ORDER_QUANTITY(ProductDetails::orderQuantity, (b, v) -> b.orderQuantity((Integer) v)),
    SHIPPED_QUANTITY(ProductDetails::shippedQuantity, (b, v) -> b.shippedQuantity((Integer) v)),
    STOCK(ProductDetails::stock, (b, v) -> b.stock((Integer) v)),
    BARCODE(ProductDetails::barcode, (b, v) -> b.barcode((String) v)),
    LOCATION(ProductDetails::location, (b, v) -> b.location((String) v)),
    CAPACITY(ProductDetails::capacity, (b, v) -> b.capacity((String) v)),
    MANUFACTURER(ProductDetails::manufacturer, (b, v) -> b.manufacturer((String) v)),
    RESPONSIBLE_SELLER(ProductDetails::responsibleSeller, (b, v) -> b.responsibleSeller((String) v)),
    USAGE_PERIOD(ProductDetails::usagePeriod, (b, v) -> b.usagePeriod((String) v)),
    INGREDIENTS(ProductDetails::ingredients, (b, v) -> b.ingredients((String) v)),
    NOTES(ProductDetails::notes, (b, v) -> b.notes((String) v));

    private final Function<ProductDetails, Object> reader;
    private final BiConsumer<ProductDetailsBuilder, Object> writer;

    ProductField(Function<ProductDetails, Object> reader, BiConsumer<ProductDetailsBuilder, Object> writer) {
        this.reader = reader;
        this.writer = writer;
    }

    /** Sets this field on {@code builder} to {@code value}, which must be of the type {@link #read} gives. */
    public void write(ProductDetailsBuilder builder, Object value) {
        writer.accept(builder, value);
    }

    public Object read(ProductDetails details) {
        return reader.apply(details);
    }

    /** The value as the activity log stores it: ISO dates, plain numbers, null when empty. */
    public String readAsText(ProductDetails details) {
        Object value = read(details);
        return value == null ? null : value.toString();
    }

    public boolean differs(ProductDetails a, ProductDetails b) {
        return !Objects.equals(read(a), read(b));
    }

    /** Key of the field's label in the message bundles. */
    public String messageKey() {
        return "field." + name().toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
