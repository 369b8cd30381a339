package com.mallboard.product.importing;

/** One field of an existing product the import changes; {@code fieldKey} is the label's message key. */
public record FieldChange(String fieldKey, String oldValue, String newValue) {
}
