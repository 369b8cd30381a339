package com.mallboard.product;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Creating, editing, trashing and restoring products, with every change written to the activity log. */
public class ProductService {
    /** The activity log's field for marking a checklist action required by the gate. */
    public static final String REQUIRED_LOG_FIELD = "CHECKLIST_REQUIRED";

    private final ProductRepository products;
    private final ChecklistRepository checklists;
    private final Clock clock;
    private final String currentUser;

    public ProductService(ProductRepository products, ChecklistRepository checklists, Clock clock,
            String currentUser) {
        this.products = products;
        this.checklists = checklists;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    public Product create(ProductDetails details, Set<String> tags) {
        checkValid(details, 0);
        return products.create(new NewProduct(details, tags, Stage.PLANNING, false, clock.instant()), currentUser);
    }

    /**
     * Saves {@code details} and {@code tags} over {@code current}, the copy the caller read. If anyone saved the product
     * since, nothing is written and {@link StaleProductException} says so, with the stored product (or none: deleted).
     */
    public Product update(Product current, ProductDetails details, Set<String> tags) {
        checkValid(details, current.id());
        Set<String> newTags = Tags.normalise(tags);
        List<ActivityEntry> changes = changes(current, details, newTags);
        if (changes.isEmpty()) {
            return current;
        }
        try {
            return products.update(current.id(), current.version(), details, newTags, changes);
        } catch (StaleProductException e) {
            throw e.withSeen(current);
        }
    }

    /**
     * After a stale save: the three-way merge of {@code base} (what the editor started from), the product as stored
     * now and what the user typed, with who changed what from the activity log; empty when the product was deleted.
     */
    public java.util.Optional<ProductMerge> merge(Product base, ProductDetails mine, Set<String> mineTags) {
        return products.find(base.id())
                .map(stored -> ProductMerge.of(base, stored, mine, mineTags, products.activity(base.id())));
    }

    /**
     * Creates the new products (in planning) and applies the changes in one transaction; edits that change nothing
     * are skipped. Any invalid edit, stale product or duplicate SKU writes nothing.
     */
    public void saveAll(List<ProductEdit> edits) {
        List<NewProduct> inserts = new ArrayList<>();
        List<ProductUpdate> updates = new ArrayList<>();
        for (ProductEdit edit : edits) {
            List<FieldProblem> problems = ProductValidator.problems(edit.details());
            if (!problems.isEmpty()) {
                throw new InvalidProductException(problems);
            }
            if (edit.isNew()) {
                inserts.add(new NewProduct(edit.details(), edit.tags(), edit.stage(), false, clock.instant()));
                continue;
            }
            List<ActivityEntry> changes = changes(edit.current(), edit.details(), edit.tags());
            if (!changes.isEmpty()) {
                updates.add(new ProductUpdate(edit.current().id(), edit.current().version(), edit.details(),
                        edit.tags(), changes));
            }
        }
        products.saveAll(inserts, updates, currentUser);
    }

    public Product addTags(Product current, Set<String> extraTags) {
        Set<String> tags = new java.util.TreeSet<>(current.tags());
        tags.addAll(Tags.normalise(extraTags));
        return update(current, current.details(), tags);
    }

    public void moveToTrash(long productId) {
        products.moveToTrash(productId, clock.instant(), currentUser);
    }

    public void restore(long productId) {
        products.restoreFromTrash(productId, currentUser);
    }

    public void purge(long productId) {
        products.purge(productId);
    }

    public Product find(long productId) {
        return products.find(productId).orElseThrow(() -> new IllegalArgumentException("No product " + productId));
    }

    /** The product as stored now, or empty when it was deleted for good. */
    public java.util.Optional<Product> findIfExists(long productId) {
        return products.find(productId);
    }

    /** Every product not in the trash (pickers that search by SKU or name in memory). */
    public List<Product> active() {
        return products.findActive();
    }

    public List<Product> trash() {
        return products.findTrashed();
    }

    public List<String> allTags() {
        return products.allTags();
    }

    public List<StageMove> stageHistory(long productId) {
        return products.stageHistory(productId);
    }

    /** Every stage move of every product, trashed ones too, oldest first (reports: stage history, cycle time). */
    public List<StageMove> allStageMoves() {
        return products.allStageMoves();
    }

    public List<ActivityEntry> activity(long productId) {
        return products.activity(productId);
    }

    public List<ChecklistAction> checklist(long productId) {
        return checklists.forProduct(productId);
    }

    /** The checklists of many products at once, keyed by product id; products without actions are left out. */
    public Map<Long, List<ChecklistAction>> checklists(Collection<Long> productIds) {
        return productIds.isEmpty() ? Map.of() : checklists.forProducts(productIds);
    }

    public ChecklistAction addAction(long productId, String title, Stage stage, LocalDate dueDate) {
        return addAction(productId, title, stage, dueDate, ActionSource.MANUAL);
    }

    /** As {@link #addAction(long, String, Stage, LocalDate)}, for an action a suggestion brought ({@code source}). */
    public ChecklistAction addAction(long productId, String title, Stage stage, LocalDate dueDate, ActionSource source) {
        return addAction(productId, title, stage, dueDate, source, false);
    }

    /** As above; {@code requiredByGate} keeps the product in {@code stage} until the action is done. */
    public ChecklistAction addAction(long productId, String title, Stage stage, LocalDate dueDate, ActionSource source,
            boolean requiredByGate) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("An action needs a title");
        }
        return checklists.add(productId, title.strip(), stage, dueDate, source, requiredByGate);
    }

    public void setActionDone(long actionId, boolean done) {
        checklists.setDone(actionId, done);
    }

    /**
     * A manager's decision that the gate requires the action done (or no longer does), logged as a
     * {@value #REQUIRED_LOG_FIELD} activity line: the title as the new value when marked, as the old one when unmarked.
     */
    public ChecklistAction setActionRequired(ChecklistAction action, boolean required) {
        if (action.requiredByGate() == required) {
            return action;
        }
        ActivityEntry logLine = new ActivityEntry(action.productId(), REQUIRED_LOG_FIELD,
                required ? null : action.title(), required ? action.title() : null, clock.instant(), currentUser);
        checklists.setRequiredByGate(action.id(), required, logLine);
        return action.withRequiredByGate(required);
    }

    /**
     * Marks a recurring action done because the app saw it happen (labels printed): ticks the stage's action with one
     * of {@code titles}, or adds {@code titles.get(0)} ticked, and logs it as a "CHECKLIST" activity line.
     */
    public ChecklistAction completeAction(long productId, Stage stage, List<String> titles) {
        if (titles.isEmpty() || titles.stream().anyMatch(t -> t == null || t.isBlank())) {
            throw new IllegalArgumentException("An action needs a title");
        }
        ActivityEntry logLine = new ActivityEntry(productId, "CHECKLIST", null, titles.get(0), clock.instant(),
                currentUser);
        return checklists.complete(productId, stage, titles, logLine);
    }

    public void deleteAction(long actionId) {
        checklists.delete(actionId);
    }

    private void checkValid(ProductDetails details, long productId) {
        List<FieldProblem> problems = new ArrayList<>(ProductValidator.problems(details));
        if (problems.isEmpty() && products.skuExists(details.sku(), productId)) {
            throw new DuplicateSkuException(details.sku());
        }
        if (!problems.isEmpty()) {
            throw new InvalidProductException(problems);
        }
    }

    private List<ActivityEntry> changes(Product current, ProductDetails details, Set<String> newTags) {
        Instant now = clock.instant();
        List<ActivityEntry> changes = new ArrayList<>();
        for (ProductField field : ProductField.values()) {
            if (field.differs(current.details(), details)) {
                changes.add(new ActivityEntry(current.id(), field.name(), field.readAsText(current.details()),
                        field.readAsText(details), now, currentUser));
            }
        }
        if (!newTags.equals(current.tags())) {
            changes.add(new ActivityEntry(current.id(), "TAGS", String.join(", ", new java.util.TreeSet<>(current.tags())),
                    String.join(", ", newTags), now, currentUser));
        }
        return changes;
    }
}
