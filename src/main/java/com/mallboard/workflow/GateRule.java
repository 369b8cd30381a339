package com.mallboard.workflow;

import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import java.util.Optional;

/** One condition for leaving a stage forwards. A gate is the set of rules for the same {@link #leaving()} stage. */
public interface GateRule {

    /** The stage this rule guards the exit of (moving to the next stage). */
    Stage leaving();

    Optional<GateProblem> check(Product product);
}
