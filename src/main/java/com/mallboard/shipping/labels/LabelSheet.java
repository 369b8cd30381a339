package com.mallboard.shipping.labels;

import java.util.Locale;

/**
 * An office label sheet: {@code columns} × {@code rows} labels of one size, placed from the margins with gaps
 * between them. The constructor refuses sizes that leave the page, so nothing is printed off the labels.
 */
public record LabelSheet(double pageWidthMm, double pageHeightMm, int columns, int rows, double cellWidthMm,
        double cellHeightMm, LabelMargins margins) implements LabelLayout {
    public static final double A4_WIDTH_MM = 210;
    public static final double A4_HEIGHT_MM = 297;
    /** Small rounding in typed millimetres must not reject a sheet that fits exactly. */
    private static final double TOLERANCE_MM = 0.01;

    public LabelSheet {
        if (columns < 1 || rows < 1 || cellWidthMm <= 0 || cellHeightMm <= 0) {
            throw new LabelLayoutException("labels.layout.emptyLabel", "labels need a size and at least one row and column");
        }
        if (margins.topMm() < 0 || margins.leftMm() < 0 || margins.columnGapMm() < 0 || margins.rowGapMm() < 0) {
            throw new LabelLayoutException("labels.layout.negative", "margins and gaps cannot be negative");
        }
        double width = margins.leftMm() + columns * cellWidthMm + (columns - 1) * margins.columnGapMm();
        if (width > pageWidthMm + TOLERANCE_MM) {
            throw new LabelLayoutException("labels.layout.tooWide", String.format(Locale.ROOT,
                    "%d labels across need %s mm from the left edge; the page is %s mm wide", columns, mm(width),
                    mm(pageWidthMm)), columns, mm(width), mm(pageWidthMm));
        }
        double height = margins.topMm() + rows * cellHeightMm + (rows - 1) * margins.rowGapMm();
        if (height > pageHeightMm + TOLERANCE_MM) {
            throw new LabelLayoutException("labels.layout.tooTall", String.format(Locale.ROOT,
                    "%d rows of labels need %s mm from the top edge; the page is %s mm tall", rows, mm(height),
                    mm(pageHeightMm)), rows, mm(height), mm(pageHeightMm));
        }
    }

    /** A4 with 3 × 8 labels of the given size, placed by {@code margins}. */
    public static LabelSheet a4ThreeByEight(double cellWidthMm, double cellHeightMm, LabelMargins margins) {
        return new LabelSheet(A4_WIDTH_MM, A4_HEIGHT_MM, 3, 8, cellWidthMm, cellHeightMm, margins);
    }

    /** The common A4 sheet of 24 labels, 70 × 37 mm. */
    public static LabelSheet a4ThreeByEight() {
        return a4ThreeByEight(70, 37, LabelMargins.A4_3X8);
    }

    @Override
    public int cellsPerPage() {
        return columns * rows;
    }

    @Override
    public LabelCell cell(int index) {
        if (index < 0 || index >= cellsPerPage()) {
            throw new IndexOutOfBoundsException("label " + index + " of " + cellsPerPage());
        }
        int column = index % columns;
        int row = index / columns;
        return new LabelCell(margins.leftMm() + column * (cellWidthMm + margins.columnGapMm()),
                margins.topMm() + row * (cellHeightMm + margins.rowGapMm()), cellWidthMm, cellHeightMm);
    }

    private static String mm(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
