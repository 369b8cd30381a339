package com.mallboard.shipping.labels;

/** Where the first label of a sheet starts and the gaps between labels, in millimetres. */
public record LabelMargins(double topMm, double leftMm, double columnGapMm, double rowGapMm) {
    /** A4 3×8 sheets of 70 × 37 mm labels: the labels span the full width and leave 1 mm of the height. */
    public static final LabelMargins A4_3X8 = new LabelMargins(0.5, 0, 0, 0);
}
