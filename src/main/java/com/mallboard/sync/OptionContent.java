package com.mallboard.sync;

/** One option as a mall should sell it: the option value shoppers pick, our option SKU, and its stock. */
public record OptionContent(String name, String sku, int stock) {
}
