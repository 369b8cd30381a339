package com.mallboard.product;

/**
 * One sellable option of a product (a shade, a size): its name as shoppers see it, its own SKU (sent to malls as the
 * variant's custom code, and how order lines for it are matched) and its stock. A product with options sells only
 * its options; its stock is their sum.
 */
public record ProductOption(String name, String sku, int stock) {

    public ProductOption {
        name = name == null ? null : name.strip();
        sku = sku == null ? null : sku.strip();
    }
}
