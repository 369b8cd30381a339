package com.mallboard.shipping.labels;

/** A roll of labels for a thermal printer: every label is a page of its own size. */
public record ThermalRoll(double widthMm, double heightMm) implements LabelLayout {
    public static final ThermalRoll LABEL_50X30 = new ThermalRoll(50, 30);

    public ThermalRoll {
        if (widthMm <= 0 || heightMm <= 0) {
            throw new LabelLayoutException("labels.layout.emptyLabel", "labels need a size");
        }
    }

    @Override
    public double pageWidthMm() {
        return widthMm;
    }

    @Override
    public double pageHeightMm() {
        return heightMm;
    }

    @Override
    public int cellsPerPage() {
        return 1;
    }

    @Override
    public LabelCell cell(int index) {
        if (index != 0) {
            throw new IndexOutOfBoundsException("a roll has one label per page: " + index);
        }
        return new LabelCell(0, 0, widthMm, heightMm);
    }
}
