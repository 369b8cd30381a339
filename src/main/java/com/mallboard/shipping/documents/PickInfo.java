package com.mallboard.shipping.documents;

/**
 * What the warehouse knows about a matched product: its SKU (or option SKU), shelf location and product barcode.
 * {@code location} and {@code barcode} may be {@code null}; the barcode is printed as EAN-13 only when it is a valid one.
 */
public record PickInfo(String sku, String location, String barcode) {

    public PickInfo {
        sku = blankToNull(sku);
        location = blankToNull(location);
        barcode = blankToNull(barcode);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
