package com.mallboard.shipping.labels;

/** A paper a label printer takes: its page size and where the labels on one page are, in filling order. */
public sealed interface LabelLayout permits LabelSheet, ThermalRoll {

    double pageWidthMm();

    double pageHeightMm();

    int cellsPerPage();

    /** The {@code index}-th label of a page, counted from 0 along the rows. */
    LabelCell cell(int index);
}
