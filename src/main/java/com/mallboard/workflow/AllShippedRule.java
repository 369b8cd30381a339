package com.mallboard.workflow;

import com.mallboard.product.Product;
import com.mallboard.product.ProductField;
import com.mallboard.product.Stage;
import java.util.List;
import java.util.Optional;

/** A product is done only when everything ordered has shipped. */
public record AllShippedRule(Stage leaving) implements GateRule {

    @Override
    public Optional<GateProblem> check(Product product) {
        int ordered = product.details().orderQuantity() == null ? 0 : product.details().orderQuantity();
        int shipped = product.details().shippedQuantity();
        if (ordered > 0 && shipped >= ordered) {
            return Optional.empty();
        }
        return Optional.of(new GateProblem(ProductField.SHIPPED_QUANTITY, "gate.not.all.shipped",
                List.of(Integer.toString(shipped), Integer.toString(ordered))));
    }
}
