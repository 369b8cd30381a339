package com.mallboard.workflow;

import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import java.util.List;

/** What came of asking to move a product. */
public sealed interface MoveResult {

    record Moved(Product product, Stage from) implements MoveResult {
    }

    /** A gate on the way forward is not satisfied; nothing changed. */
    record Blocked(Product product, Stage gateStage, List<GateProblem> problems) implements MoveResult {
    }

    /** Moving backwards needs a reason, so the history says why work was undone. */
    record ReasonRequired(Product product) implements MoveResult {
    }

    record Unchanged(Product product) implements MoveResult {
    }

    default boolean moved() {
        return this instanceof Moved;
    }
}
