package com.mallboard.shipping.pdf;

import com.google.zxing.oned.Code128Writer;
import com.google.zxing.oned.EAN13Writer;
import com.google.zxing.oned.EAN8Writer;
import com.mallboard.product.Gtin;
import com.mallboard.shipping.labels.LabelCode;

/** Barcodes as rows of modules (true = bar), drawn as vector rectangles by {@link PdfPage}. */
final class Barcodes {

    /** A barcode's modules and the human-readable text printed under it. */
    record Bars(boolean[] modules, String text) {
    }

    private Barcodes() {
    }

    /** Code128 of any printable ASCII value; {@code null} when there is nothing to encode or it is not ASCII. */
    static Bars code128(String value) {
        if (value == null || value.isBlank() || !value.chars().allMatch(c -> c >= 32 && c < 127)) {
            return null;
        }
        return new Bars(new Code128Writer().encode(value), value);
    }

    /** A product's barcode: its EAN-13 when valid, otherwise Code128 of the SKU, otherwise none. */
    static Bars product(String barcode, String sku) {
        if (barcode != null && Gtin.isValidEan13(barcode)) {
            return new Bars(new EAN13Writer().encode(barcode), barcode);
        }
        return code128(sku);
    }

    /** A product label's code as modules; {@code null} for a label without a barcode. */
    static Bars of(LabelCode code) {
        if (code == null) {
            return null;
        }
        return switch (code.symbology()) {
            case EAN_13 -> new Bars(new EAN13Writer().encode(code.value()), code.value());
            case EAN_8 -> new Bars(new EAN8Writer().encode(code.value()), code.value());
            case CODE_128 -> code128(code.value());
        };
    }
}
