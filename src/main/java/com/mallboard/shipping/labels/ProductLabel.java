package com.mallboard.shipping.labels;

import com.mallboard.product.Gtin;
import com.mallboard.product.ProductDetails;
import java.util.ArrayList;
import java.util.List;

/**
 * What one product's label shows: name, capacity, the mandatory cosmetic lines the product has, and its barcode
 * ({@code null} when there is none to print). {@code warnings} say what is missing or was replaced.
 */
public record ProductLabel(String sku, String name, String capacity, String barcode, LabelCode code,
        List<LabelLine> lines, List<LabelWarning> warnings) {

    public ProductLabel {
        lines = List.copyOf(lines);
        warnings = List.copyOf(warnings);
    }

    public static ProductLabel of(ProductDetails product) {
        List<LabelWarning> warnings = new ArrayList<>();
        LabelCode code = codeOf(product, warnings);
        if (product.capacity() == null) {
            warnings.add(LabelWarning.MISSING_CAPACITY);
        }
        List<LabelLine> lines = new ArrayList<>();
        line(lines, warnings, LabelLine.Kind.MANUFACTURER, product.manufacturer(), LabelWarning.MISSING_MANUFACTURER);
        line(lines, warnings, LabelLine.Kind.RESPONSIBLE_SELLER, product.responsibleSeller(),
                LabelWarning.MISSING_RESPONSIBLE_SELLER);
        line(lines, warnings, LabelLine.Kind.USAGE_PERIOD, product.usagePeriod(), LabelWarning.MISSING_USAGE_PERIOD);
        line(lines, warnings, LabelLine.Kind.INGREDIENTS, product.ingredients(), LabelWarning.MISSING_INGREDIENTS);
        return new ProductLabel(product.sku(), product.name(), product.capacity(), product.barcode(), code, lines,
                warnings);
    }

    /** The same label with one more warning (the renderer's, once it knows what fits). */
    public ProductLabel withWarning(LabelWarning warning) {
        if (warnings.contains(warning)) {
            return this;
        }
        List<LabelWarning> more = new ArrayList<>(warnings);
        more.add(warning);
        return new ProductLabel(sku, name, capacity, barcode, code, lines, more);
    }

    private static LabelCode codeOf(ProductDetails product, List<LabelWarning> warnings) {
        String barcode = product.barcode();
        if (Gtin.isValid(barcode)) {
            return switch (barcode.length()) {
                case 8 -> new LabelCode(LabelCode.Symbology.EAN_8, barcode);
                // A UPC-A is the EAN-13 with a leading zero; scanners read both the same.
                case 12 -> new LabelCode(LabelCode.Symbology.EAN_13, "0" + barcode);
                default -> new LabelCode(LabelCode.Symbology.EAN_13, barcode);
            };
        }
        if (barcode != null) {
            warnings.add(LabelWarning.INVALID_GTIN);
        }
        String sku = product.sku();
        if (sku == null || !sku.chars().allMatch(c -> c >= 32 && c < 127)) {
            warnings.add(LabelWarning.NO_BARCODE);
            return null;
        }
        return new LabelCode(LabelCode.Symbology.CODE_128, sku);
    }

    private static void line(List<LabelLine> lines, List<LabelWarning> warnings, LabelLine.Kind kind, String text,
            LabelWarning whenMissing) {
        if (text == null) {
            warnings.add(whenMissing);
        } else {
            lines.add(new LabelLine(kind, text));
        }
    }
}
