package com.mallboard.product.importing;

import com.mallboard.common.MessageText;
import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import java.util.List;

/**
 * What stops a new product from being created in a later stage than planning: the board's gates of every stage
 * before it (given by the composition root, as the gates live in {@code workflow}, which depends on products).
 */
@FunctionalInterface
public interface StartingStageCheck {

    /** What {@code product} (not stored yet, so with no checklist) lacks to start in {@code stage}; empty when ok. */
    List<MessageText> problems(Stage stage, Product product);
}
