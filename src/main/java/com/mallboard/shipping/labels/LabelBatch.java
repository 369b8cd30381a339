package com.mallboard.shipping.labels;

import java.util.ArrayList;
import java.util.List;

/**
 * Labels to print: every product's {@code copies} labels one after another, starting after {@code skipCells} used
 * labels of a partly used first sheet (rolls have no used labels to skip).
 */
public record LabelBatch(List<ProductLabel> labels, LabelLayout layout, int copies, int skipCells) {
    public static final int MAX_COPIES = 999;

    /** One label placed on a page, pages counted from 0. */
    public record Placed(int page, LabelCell cell, ProductLabel label) {
    }

    public LabelBatch {
        labels = List.copyOf(labels);
        if (copies < 1 || copies > MAX_COPIES) {
            throw new LabelLayoutException("labels.layout.copies", "copies must be 1 to " + MAX_COPIES, MAX_COPIES);
        }
        if (skipCells < 0 || skipCells >= layout.cellsPerPage()) {
            throw new LabelLayoutException("labels.layout.start", "the start position must be 1 to "
                    + layout.cellsPerPage(), layout.cellsPerPage());
        }
    }

    public List<Placed> placements() {
        int perPage = layout.cellsPerPage();
        List<Placed> placed = new ArrayList<>(labels.size() * copies);
        int index = skipCells;
        for (ProductLabel label : labels) {
            for (int copy = 0; copy < copies; copy++) {
                placed.add(new Placed(index / perPage, layout.cell(index % perPage), label));
                index++;
            }
        }
        return placed;
    }

    public int pageCount() {
        int used = skipCells + labels.size() * copies;
        return labels.isEmpty() ? 0 : (used + layout.cellsPerPage() - 1) / layout.cellsPerPage();
    }
}
