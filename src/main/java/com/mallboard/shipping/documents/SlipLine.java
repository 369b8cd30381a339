package com.mallboard.shipping.documents;

/** One item on a packing slip. */
public record SlipLine(String sku, String productName, String option, int quantity, String barcode) {
}
