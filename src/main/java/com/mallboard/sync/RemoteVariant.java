package com.mallboard.sync;

/** One sellable variant of a mall's product; a product without options has exactly one. */
public record RemoteVariant(String variantCode, String customVariantCode, int stock) {
}
