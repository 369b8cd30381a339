package com.mallboard.sync;

/**
 * One order line; {@code productId} is {@code null} while the line is unmatched. {@code customVariantCode} is our
 * option SKU when the shopper picked an option of a product Mallboard listed ({@code null} otherwise).
 */
public record StoredOrderItem(String itemCode, String customProductCode, String productName, String optionValue,
        int quantity, long priceWon, String mallStatus, String trackingNo, String carrierCode, Long productId,
        String customVariantCode) {

    /**
     * The option as we named it: the mall's option text without its group name ("옵션=21호" → "21호"), since Cafe24
     * writes "group=value"; text with several groups ("색상=블랙, 용량=50ml") stays whole. {@code null} when none.
     */
    public String optionName() {
        if (optionValue == null || optionValue.isBlank()) {
            return null;
        }
        String text = optionValue.strip();
        int equals = text.indexOf('=');
        return equals < 0 || text.indexOf(',') >= 0 ? text : text.substring(equals + 1).strip();
    }
}
