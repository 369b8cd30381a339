package com.mallboard.workflow;

import com.mallboard.product.ProductField;
import java.util.List;

/**
 * Why a product may not move on yet, as a message key; the message's first argument is the field's label,
 * the rest are {@code args}.
 */
public record GateProblem(ProductField field, String messageKey, List<String> args) {

    public GateProblem {
        args = List.copyOf(args);
    }

    public static GateProblem missing(ProductField field) {
        return new GateProblem(field, "gate.missing", List.of());
    }
}
