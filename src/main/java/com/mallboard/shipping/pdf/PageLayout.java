package com.mallboard.shipping.pdf;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Paper for packing slips: an office A4 sheet or a 4×6-inch thermal label (288 × 432 pt). */
public enum PageLayout {
    A4(PDRectangle.A4, 36, 1.0f),
    LABEL_4X6(new PDRectangle(288, 432), 14, 0.72f);

    private final PDRectangle size;
    private final float margin;
    private final float scale;

    PageLayout(PDRectangle size, float margin, float scale) {
        this.size = size;
        this.margin = margin;
        this.scale = scale;
    }

    public PDRectangle size() {
        return new PDRectangle(size.getWidth(), size.getHeight());
    }

    public float margin() {
        return margin;
    }

    /** Type and barcode sizes relative to A4. */
    public float scale() {
        return scale;
    }

    public float contentWidth() {
        return size.getWidth() - 2 * margin;
    }
}
