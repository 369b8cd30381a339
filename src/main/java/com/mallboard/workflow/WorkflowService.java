package com.mallboard.workflow;

import com.mallboard.common.Formats;
import com.mallboard.product.ChecklistProgress;
import com.mallboard.product.ChecklistRepository;
import com.mallboard.product.Product;
import com.mallboard.product.ProductRepository;
import com.mallboard.product.Stage;
import com.mallboard.product.StageMove;
import com.mallboard.product.StaleProductException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Moves products between stages: forwards through the gates (fields and the checklist's required actions), backwards
 * with a reason, always into the history.
 */
public class WorkflowService {
    private final ProductRepository products;
    private final ChecklistRepository checklists;
    private final StageGates gates;
    private final Clock clock;
    private final String currentUser;

    public WorkflowService(ProductRepository products, ChecklistRepository checklists, StageGates gates, Clock clock,
            String currentUser) {
        this.products = products;
        this.checklists = checklists;
        this.gates = gates;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /**
     * Moves {@code product} as the caller read it: if anyone saved it since, the result is {@link MoveResult.Stale}
     * and nothing changes, so a move is never made on the strength of a card that no longer tells the truth.
     */
    public MoveResult move(Product product, Stage target, String reason) {
        Stage from = product.stage();
        if (from == target) {
            return new MoveResult.Unchanged(product);
        }
        if (target.isBefore(from)) {
            if (reason == null || reason.isBlank()) {
                return new MoveResult.ReasonRequired(product);
            }
            return record(product, target, reason.strip());
        }
        ChecklistProgress checklist = checklistOf(product);
        for (Stage stage = from; stage.isBefore(target); stage = stage.next().orElseThrow()) {
            List<GateProblem> problems = gates.problemsLeaving(stage, product, checklist);
            if (!problems.isEmpty()) {
                return new MoveResult.Blocked(product, stage, problems);
            }
        }
        return record(product, target, blankToNull(reason));
    }

    /**
     * Puts a product back where it was, skipping the gates: it passed them (or was allowed) before. {@code product}
     * is the product as the move left it; a later save by anyone makes the result {@link MoveResult.Stale}.
     */
    public MoveResult revert(Product product, Stage previous, String reason) {
        if (product.stage() == previous) {
            return new MoveResult.Unchanged(product);
        }
        return record(product, previous, reason);
    }

    public List<GateProblem> problemsForNextStage(Product product) {
        return gates.problemsForNextStage(product, checklistOf(product));
    }

    private ChecklistProgress checklistOf(Product product) {
        return checklists.progressOf(product.id(), LocalDate.now(clock.withZone(Formats.SEOUL)));
    }

    private MoveResult record(Product product, Stage target, String reason) {
        StageMove move = new StageMove(product.id(), product.stage(), target, clock.instant(), currentUser, reason);
        try {
            Product moved = products.changeStage(product.id(), product.version(), move);
            return new MoveResult.Moved(moved, product.stage());
        } catch (StaleProductException e) {
            return new MoveResult.Stale(product, e.stored().orElse(null));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
