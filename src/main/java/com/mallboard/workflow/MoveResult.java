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

    /**
     * Someone else saved the product after {@code product} was read (the card the user moved); nothing changed.
     * {@code stored} is the product as it is now, null when it was deleted for good.
     */
    record Stale(Product product, Product stored) implements MoveResult {
    }

    default boolean moved() {
        return this instanceof Moved;
    }
}
