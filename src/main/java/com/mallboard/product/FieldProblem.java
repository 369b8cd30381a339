package com.mallboard.product;

/** Something wrong with one field, as a message key the UI translates. */
public record FieldProblem(ProductField field, String messageKey) {
}
