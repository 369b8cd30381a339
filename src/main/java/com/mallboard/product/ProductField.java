package com.mallboard.product;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/** The editable fields of a product, one place that knows how to read each (activity log, editor, reports). */
public enum ProductField {
    SKU(ProductDetails::sku),
    NAME(ProductDetails::name),
    BRAND(ProductDetails::brand),
    INFLUENCER(ProductDetails::influencer),
    CATEGORY(ProductDetails::category),
    LAUNCH_DATE(ProductDetails::launchDate),
    PRICE(ProductDetails::priceWon),
    COST(ProductDetails::costWon),
    SUPPLIER(ProductDetails::supplier),
    ORDER_QUANTITY(ProductDetails::orderQuantity),
    SHIPPED_QUANTITY(ProductDetails::shippedQuantity),
    STOCK(ProductDetails::stock),
    BARCODE(ProductDetails::barcode),
    LOCATION(ProductDetails::location),
    CAPACITY(ProductDetails::capacity),
    MANUFACTURER(ProductDetails::manufacturer),
    RESPONSIBLE_SELLER(ProductDetails::responsibleSeller),
    USAGE_PERIOD(ProductDetails::usagePeriod),
    INGREDIENTS(ProductDetails::ingredients),
    NOTES(ProductDetails::notes);

    private final Function<ProductDetails, Object> reader;

    ProductField(Function<ProductDetails, Object> reader) {
        this.reader = reader;
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
