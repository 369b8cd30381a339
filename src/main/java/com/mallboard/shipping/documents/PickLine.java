package com.mallboard.shipping.documents;

/** One line of a pick list: everything of one SKU (and option) the batch needs, summed over its orders. */
public record PickLine(String sku, String productName, String option, String location, int quantity, String barcode) {

    public boolean hasLocation() {
        return location != null && !location.isBlank();
    }
}
