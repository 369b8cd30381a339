package com.mallboard.product;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Field rules that hold in every stage; stage-specific requirements are the workflow's gates. */
public final class ProductValidator {
    private static final Pattern SKU = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    private ProductValidator() {
    }

    public static List<FieldProblem> problems(ProductDetails d) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d.sku() == null) {
            problems.add(new FieldProblem(ProductField.SKU, "validation.required"));
        } else if (!SKU.matcher(d.sku()).matches()) {
            problems.add(new FieldProblem(ProductField.SKU, "validation.sku.format"));
        }
        if (d.name() == null) {
            problems.add(new FieldProblem(ProductField.NAME, "validation.required"));
        }
        negative(d.priceWon(), ProductField.PRICE, problems);
        negative(d.costWon(), ProductField.COST, problems);
        negative(d.orderQuantity(), ProductField.ORDER_QUANTITY, problems);
        negative(d.shippedQuantity(), ProductField.SHIPPED_QUANTITY, problems);
        negative(d.stock(), ProductField.STOCK, problems);
        if (d.barcode() != null && !Gtin.isValidEan13(d.barcode())) {
            problems.add(new FieldProblem(ProductField.BARCODE, "validation.barcode.ean13"));
        }
        return problems;
    }

    private static void negative(Number value, ProductField field, List<FieldProblem> problems) {
        if (value != null && value.longValue() < 0) {
            problems.add(new FieldProblem(field, "validation.not.negative"));
        }
    }
}
