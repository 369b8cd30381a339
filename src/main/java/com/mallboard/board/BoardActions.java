package com.mallboard.board;

import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.ProductService;
import com.mallboard.product.Stage;
import com.mallboard.workflow.MoveResult;
import com.mallboard.workflow.WorkflowService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** What a user does on the board, each step recorded so Ctrl+Z can take it back. */
public class BoardActions {
    private final ProductService products;
    private final WorkflowService workflow;
    private final UndoHistory history;

    public BoardActions(ProductService products, WorkflowService workflow, UndoHistory history) {
        this.products = products;
        this.workflow = workflow;
        this.history = history;
    }

    public MoveResult move(long productId, Stage target, String reason) {
        MoveResult result = workflow.move(products.find(productId), target, reason);
        if (result instanceof MoveResult.Moved moved) {
            history.record(new Change("undo.move", List.of(productId), () -> revert(productId, moved.from())));
        }
        return result;
    }

    /** Moves every product that its gates allow; the rest stay and are reported with their problems. */
    public BulkMoveResult moveAll(List<Long> productIds, Stage target, String reason) {
        List<MoveResult.Moved> moved = new ArrayList<>();
        List<MoveResult> notMoved = new ArrayList<>();
        for (long id : productIds) {
            MoveResult result = workflow.move(products.find(id), target, reason);
            if (result instanceof MoveResult.Moved m) {
                moved.add(m);
            } else if (!(result instanceof MoveResult.Unchanged)) {
                notMoved.add(result);
            }
        }
        if (!moved.isEmpty()) {
            List<Long> ids = moved.stream().map(m -> m.product().id()).toList();
            history.record(new Change("undo.bulk.move", ids,
                    () -> moved.forEach(m -> revert(m.product().id(), m.from()))));
        }
        return new BulkMoveResult(moved, notMoved);
    }

    public void tagAll(List<Long> productIds, Set<String> tags) {
        List<Product> before = productIds.stream().map(products::find).toList();
        List<Product> after = before.stream().map(p -> products.addTags(p, tags)).toList();
        history.record(new Change("undo.bulk.tag", productIds, () -> {
            for (int i = 0; i < after.size(); i++) {
                products.update(after.get(i), after.get(i).details(), before.get(i).tags());
            }
        }));
    }

    public Product create(ProductDetails details, Set<String> tags) {
        Product created = products.create(details, tags);
        history.record(new Change("undo.create", List.of(created.id()), () -> products.moveToTrash(created.id())));
        return created;
    }

    public Product save(Product current, ProductDetails details, Set<String> tags) {
        Product saved = products.update(current, details, tags);
        if (saved != current) {
            // Undo writes over the saved version only: if anyone saved since, the store refuses (stale) rather
            // than silently throwing their change away.
            history.record(new Change("undo.edit", List.of(current.id()), () ->
                    products.update(saved, current.details(), new TreeSet<>(current.tags()))));
        }
        return saved;
    }

    public void trashAll(List<Long> productIds) {
        productIds.forEach(products::moveToTrash);
        history.record(new Change("undo.trash", productIds, () -> productIds.forEach(products::restore)));
    }

    public Optional<UndoableChange> undo() {
        return history.undoLast();
    }

    public boolean canUndo() {
        return history.canUndo();
    }

    private void revert(long productId, Stage previous) {
        workflow.revert(products.find(productId), previous, "undo");
    }

    private record Change(String descriptionKey, List<Long> productIds, Runnable action) implements UndoableChange {
        @Override
        public void undo() {
            action.run();
        }
    }
}
