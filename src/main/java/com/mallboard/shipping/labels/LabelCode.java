package com.mallboard.shipping.labels;

/** The barcode printed on a product label and the digits or characters it encodes. */
public record LabelCode(Symbology symbology, String value) {

    /** Barcode kinds a label can carry: GS1 codes for products that have a GTIN, Code128 of the SKU otherwise. */
    public enum Symbology {
        EAN_13, EAN_8, CODE_128
    }
}
