package com.mallboard.store;

import static com.mallboard.store.generated.Tables.PRODUCT;

import com.mallboard.product.ProductDetails;
import com.mallboard.store.generated.tables.records.ProductRecord;
import java.time.Instant;
import java.time.LocalDate;

/** Writes product rows and converts stored text; dates are ISO-8601 text. */
final class ProductMapper {
    private ProductMapper() {
    }

    static void writeDetails(ProductRecord r, ProductDetails d) {
        r.set(PRODUCT.SKU, d.sku());
        r.set(PRODUCT.NAME, d.name());
        r.set(PRODUCT.BRAND, d.brand());
        r.set(PRODUCT.INFLUENCER, d.influencer());
        r.set(PRODUCT.CATEGORY, d.category());
        r.set(PRODUCT.LAUNCH_DATE, text(d.launchDate()));
        r.set(PRODUCT.PRICE_WON, d.priceWon());
        r.set(PRODUCT.COST_WON, d.costWon());
        r.set(PRODUCT.SUPPLIER, d.supplier());
        r.set(PRODUCT.ORDER_QUANTITY, d.orderQuantity());
        r.set(PRODUCT.SHIPPED_QUANTITY, d.shippedQuantity());
        r.set(PRODUCT.STOCK, d.stock());
        r.set(PRODUCT.BARCODE, d.barcode());
        r.set(PRODUCT.LOCATION, d.location());
        r.set(PRODUCT.CAPACITY, d.capacity());
        r.set(PRODUCT.MANUFACTURER, d.manufacturer());
        r.set(PRODUCT.RESPONSIBLE_SELLER, d.responsibleSeller());
        r.set(PRODUCT.USAGE_PERIOD, d.usagePeriod());
        r.set(PRODUCT.INGREDIENTS, d.ingredients());
        r.set(PRODUCT.NOTES, d.notes());
    }

    static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static Instant instant(String text) {
        return StoredTimes.instant(text);
    }

    static LocalDate date(String text) {
        return StoredTimes.date(text);
    }
}
