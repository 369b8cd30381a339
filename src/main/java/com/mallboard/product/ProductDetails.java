package com.mallboard.product;

import java.time.LocalDate;

/**
 * Everything a merchandiser edits on a product. Optional values are {@code null}; money is whole won.
 * {@code stock} is what can be sold now; it is pushed to every mall the product is listed on.
 * Label fields (capacity, manufacturer, responsible seller, usage period, ingredients) are the lines a
 * Korean cosmetic label must carry. {@code location} is the warehouse bin pick lists walk by.
 */
public record ProductDetails(
        String sku,
        String name,
        String brand,
        String influencer,
        String category,
        LocalDate launchDate,
        Long priceWon,
        Long costWon,
        String supplier,
        Integer orderQuantity,
        Integer shippedQuantity,
        Integer stock,
        String barcode,
        String location,
        String capacity,
        String manufacturer,
        String responsibleSeller,
        String usagePeriod,
        String ingredients,
        String notes) {

    public ProductDetails {
        sku = trimToNull(sku);
        name = trimToNull(name);
        brand = trimToNull(brand);
        influencer = trimToNull(influencer);
        category = trimToNull(category);
        supplier = trimToNull(supplier);
        barcode = trimToNull(barcode);
        location = trimToNull(location);
        capacity = trimToNull(capacity);
        manufacturer = trimToNull(manufacturer);
        responsibleSeller = trimToNull(responsibleSeller);
        usagePeriod = trimToNull(usagePeriod);
        ingredients = trimToNull(ingredients);
        notes = trimToNull(notes);
        shippedQuantity = shippedQuantity == null ? 0 : shippedQuantity;
        stock = stock == null ? 0 : stock;
    }

    /** A new draft with only SKU and name, the two fields every product needs. */
    public static ProductDetails of(String sku, String name) {
        return builder().sku(sku).name(name).build();
    }

    public static ProductDetailsBuilder builder() {
        return new ProductDetailsBuilder();
    }

    public ProductDetailsBuilder toBuilder() {
        return new ProductDetailsBuilder(this);
    }

    private static String trimToNull(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
