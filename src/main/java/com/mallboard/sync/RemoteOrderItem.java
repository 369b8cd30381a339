package com.mallboard.sync;

/**
 * One line of a mall order. {@code customProductCode} is our SKU when the product was listed by Mallboard, and
 * {@code customVariantCode} our option SKU when the shopper picked an option; they are how the line is matched to a
 * master product. {@code status} is the platform's item status (Cafe24: N00..N50,
 * C.., R.., E..).
 */
public record RemoteOrderItem(
        String orderItemCode,
        String customProductCode,
        String productName,
        String optionValue,
        int quantity,
        long priceWon,
        String status,
        String trackingNo,
        String carrierCode,
        String customVariantCode) {

    /** Malls send "" for "none"; here none is {@code null}, so matching and display need one check. */
    public RemoteOrderItem {
        customProductCode = blankToNull(customProductCode);
        optionValue = blankToNull(optionValue);
        trackingNo = blankToNull(trackingNo);
        carrierCode = blankToNull(carrierCode);
        customVariantCode = blankToNull(customVariantCode);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
