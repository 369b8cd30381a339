package com.mallboard.workflow;

import com.mallboard.product.Gtin;
import com.mallboard.product.Product;
import com.mallboard.product.ProductField;
import com.mallboard.product.Stage;
import java.util.Optional;

/** Labels get printed from the barcode, so it must be a real EAN-13 before shipment. */
public record ValidBarcodeRule(Stage leaving) implements GateRule {

    @Override
    public Optional<GateProblem> check(Product product) {
        String barcode = product.details().barcode();
        if (barcode == null) {
            return Optional.of(GateProblem.missing(ProductField.BARCODE));
        }
        return Gtin.isValidEan13(barcode) ? Optional.empty()
                : Optional.of(new GateProblem(ProductField.BARCODE, "gate.barcode.invalid", java.util.List.of(barcode)));
    }
}
