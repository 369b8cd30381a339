package com.mallboard.shipping.ui;

/** An entry of a filter box: a mall or a product by id, or every one ({@code id == null}). */
public record FilterChoice(Long id, String label) {

    public static FilterChoice all(String label) {
        return new FilterChoice(null, label);
    }

    @Override
    public String toString() {
        return label;
    }
}
