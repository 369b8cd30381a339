package com.mallboard.sync;

/** One order line; {@code productId} is {@code null} while the line is unmatched. */
public record StoredOrderItem(String itemCode, String customProductCode, String productName, String optionValue,
        int quantity, long priceWon, String mallStatus, String trackingNo, String carrierCode, Long productId) {
}
