package com.mallboard.store;

/**
 * The key an order line is mapped by: the mall's custom product code when it sent one, otherwise the product name
 * and option as the mall shows them (products entered in the mall's admin by hand have no code).
 */
final class OrderItemKeys {
    private OrderItemKeys() {
    }

    static String of(String customProductCode, String productName, String optionValue) {
        if (customProductCode != null && !customProductCode.isBlank()) {
            return customProductCode.strip();
        }
        String option = optionValue == null || optionValue.isBlank() ? "" : " | " + optionValue.strip();
        return "name:" + (productName == null ? "" : productName.strip()) + option;
    }
}
