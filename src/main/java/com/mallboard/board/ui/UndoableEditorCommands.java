package com.mallboard.board.ui;

import com.mallboard.board.BoardActions;
import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.ui.EditorCommands;
import java.util.List;
import java.util.Set;

/** Saves from the product editor through the board's actions, so Ctrl+Z on the board undoes them too. */
public final class UndoableEditorCommands implements EditorCommands {
    private final BoardActions actions;

    public UndoableEditorCommands(BoardActions actions) {
        this.actions = actions;
    }

    @Override
    public Product create(ProductDetails details, Set<String> tags) {
        return actions.create(details, tags);
    }

    @Override
    public Product save(Product current, ProductDetails details, Set<String> tags) {
        return actions.save(current, details, tags);
    }

    @Override
    public void trash(long productId) {
        actions.trashAll(List.of(productId));
    }
}
