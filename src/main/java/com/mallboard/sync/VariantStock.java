package com.mallboard.sync;

/** What one mall variant should carry: our option SKU as its custom code, and its stock (0 = sold out). */
public record VariantStock(String variantCode, String customVariantCode, int stock) {
}
