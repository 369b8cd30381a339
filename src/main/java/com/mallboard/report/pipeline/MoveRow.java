package com.mallboard.report.pipeline;

import com.mallboard.product.Product;
import com.mallboard.product.StageMove;

/**
 * One stage move of a product with the days it had spent in the stage it left ({@code null} for the product's
 * creation, which leaves no stage).
 */
public record MoveRow(Product product, StageMove move, Double daysInLeftStage) {

    /** Whether this move ends a stay (the product left a stage), as opposed to creating the product. */
    public boolean endsStay() {
        return move.from() != null && daysInLeftStage != null;
    }
}
