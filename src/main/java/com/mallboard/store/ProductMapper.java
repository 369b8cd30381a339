package com.mallboard.store;

import static com.mallboard.store.generated.Tables.PRODUCT;

import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.Stage;
import com.mallboard.store.generated.tables.records.ProductRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** Converts between product rows and domain records; dates are stored as ISO-8601 text. */
final class ProductMapper {
    private ProductMapper() {
    }

    static Product toProduct(ProductRecord r, Set<String> tags) {
        ProductDetails details = ProductDetails.builder()
                .sku(r.getSku())
                .name(r.getName())
                .brand(r.getBrand())
                .influencer(r.getInfluencer())
                .category(r.getCategory())
                .launchDate(date(r.getLaunchDate()))
                .priceWon(r.getPriceWon())
                .costWon(r.getCostWon())
                .supplier(r.getSupplier())
                .orderQuantity(r.getOrderQuantity())
                .shippedQuantity(r.getShippedQuantity())
                .barcode(r.getBarcode())
                .capacity(r.getCapacity())
                .manufacturer(r.getManufacturer())
                .responsibleSeller(r.getResponsibleSeller())
                .usagePeriod(r.getUsagePeriod())
                .ingredients(r.getIngredients())
                .notes(r.getNotes())
                .build();
        return new Product(r.getId(), details, Stage.valueOf(r.getStage()), tags, r.getIsDemo() != 0,
                instant(r.getStageEnteredAt()), instant(r.getCreatedAt()), instant(r.getUpdatedAt()),
                instant(r.getDeletedAt()), r.getVersion());
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
        r.set(PRODUCT.BARCODE, d.barcode());
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
        return IsoInstants.parse(text);
    }

    static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
