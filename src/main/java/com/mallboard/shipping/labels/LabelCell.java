package com.mallboard.shipping.labels;

/** Where one label sits on its page, in millimetres from the page's top left corner. */
public record LabelCell(double leftMm, double topMm, double widthMm, double heightMm) {
}
