package com.mallboard.board;

import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.ProductService;
import com.mallboard.product.Stage;
import com.mallboard.product.StaleProductException;
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
            history.record(new Change("undo.move", List.of(productId), () -> revertAll(List.of(moved))));
        }
        return result;
    }

    /** Moves every product that its gates allow, as stored now; the rest stay and are reported with their problems. */
    public BulkMoveResult moveAll(List<Long> productIds, Stage target, String reason) {
        return moveSeen(productIds.stream().map(products::find).toList(), target, reason);
    }

    /**
     * Moves the products as the board showed them ({@code seen}, with their versions): one that someone else saved
     * since is not moved and comes back as {@link MoveResult.Stale}; the others move if their gates allow.
     */
    public BulkMoveResult moveSeen(List<Product> seen, Stage target, String reason) {
        List<MoveResult.Moved> moved = new ArrayList<>();
        List<MoveResult> notMoved = new ArrayList<>();
        for (Product product : seen) {
            MoveResult result = workflow.move(product, target, reason);
            if (result instanceof MoveResult.Moved m) {
                moved.add(m);
            } else if (!(result instanceof MoveResult.Unchanged)) {
                notMoved.add(result);
            }
        }
        if (!moved.isEmpty()) {
            List<Long> ids = moved.stream().map(m -> m.product().id()).toList();
            history.record(new Change("undo.bulk.move", ids, () -> revertAll(moved)));
        }
        return new BulkMoveResult(moved, notMoved);
    }

    public void tagAll(List<Long> productIds, Set<String> tags) {
        List<Product> before = productIds.stream().map(products::find).toList();
        List<Product> after = before.stream().map(p -> products.addTags(p, tags)).toList();
        history.record(new Change("undo.bulk.tag", productIds, () -> {
            for (int i = 0; i < after.size(); i++) {
                Product current = unchangedSince(after.get(i));
                products.update(current, current.details(), before.get(i).tags());
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
                    products.update(unchangedSince(saved), current.details(), new TreeSet<>(current.tags()))));
        }
        return saved;
    }

    public void trashAll(List<Long> productIds) {
        productIds.forEach(products::moveToTrash);
        history.record(new Change("undo.trash", productIds, () -> productIds.forEach(products::restore)));
    }

    /**
     * The product as stored now, if it still looks as {@code after} (what one of my changes left): my own later
     * changes and their undos count up the version without changing what it looks like, so undo compares content and
     * then writes against the stored version. Anyone else's change in between refuses the undo.
     */
    private Product unchangedSince(Product after) {
        Product current = products.findIfExists(after.id()).orElse(null);
        if (!after.sameContentAs(current)) {
            throw new StaleProductException(after.id()).withSeen(after).withStored(current);
        }
        return current;
    }

    public Optional<UndoableChange> undo() {
        return history.undoLast();
    }

    public boolean canUndo() {
        return history.canUndo();
    }

    /**
     * Puts each product back from where {@code moves} took it, as the move left it: one that anyone saved since is
     * left alone (their change stands) and, after the others are back, reported as {@link StaleProductException}.
     */
    private void revertAll(List<MoveResult.Moved> moves) {
        StaleProductException first = null;
        for (MoveResult.Moved move : moves) {
            try {
                if (workflow.revert(unchangedSince(move.product()), move.from(), "undo") instanceof MoveResult.Stale s) {
                    throw new StaleProductException(s.product().id()).withSeen(move.product()).withStored(s.stored());
                }
            } catch (StaleProductException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private record Change(String descriptionKey, List<Long> productIds, Runnable action) implements UndoableChange {
        @Override
        public void undo() {
            action.run();
        }
    }
}
