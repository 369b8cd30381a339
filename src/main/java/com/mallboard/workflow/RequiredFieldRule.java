package com.mallboard.workflow;

import com.mallboard.product.Product;
import com.mallboard.product.ProductField;
import com.mallboard.product.Stage;
import java.util.Optional;

/** A field that must be filled in (and, for numbers, be above zero) before a product leaves a stage. */
public record RequiredFieldRule(Stage leaving, ProductField field) implements GateRule {

    @Override
    public Optional<GateProblem> check(Product product) {
        Object value = field.read(product.details());
        boolean missing = value == null || value instanceof Number number && number.longValue() <= 0;
        return missing ? Optional.of(GateProblem.missing(field)) : Optional.empty();
    }
}
