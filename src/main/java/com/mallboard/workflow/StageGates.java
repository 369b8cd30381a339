package com.mallboard.workflow;

import static com.mallboard.product.ProductField.BRAND;
import static com.mallboard.product.ProductField.CAPACITY;
import static com.mallboard.product.ProductField.COST;
import static com.mallboard.product.ProductField.INGREDIENTS;
import static com.mallboard.product.ProductField.LAUNCH_DATE;
import static com.mallboard.product.ProductField.MANUFACTURER;
import static com.mallboard.product.ProductField.NAME;
import static com.mallboard.product.ProductField.ORDER_QUANTITY;
import static com.mallboard.product.ProductField.PRICE;
import static com.mallboard.product.ProductField.RESPONSIBLE_SELLER;
import static com.mallboard.product.ProductField.SUPPLIER;
import static com.mallboard.product.ProductField.USAGE_PERIOD;
import static com.mallboard.product.Stage.LABELING;
import static com.mallboard.product.Stage.PLANNING;
import static com.mallboard.product.Stage.SHIPMENT;
import static com.mallboard.product.Stage.SOURCING;

import com.mallboard.product.ChecklistProgress;
import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.product.importing.StartingStageCheck;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The gate rules of the board. Adding a requirement is adding one line here. */
public final class StageGates {
    /** Rules by the stage they guard: the board checks 50,000 products at once, so no filtering per product. */
    private final Map<Stage, List<GateRule>> rules;

    public StageGates(List<GateRule> rules) {
        this.rules = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            this.rules.put(stage, rules.stream().filter(rule -> rule.leaving() == stage).toList());
        }
    }

    public static StageGates defaults() {
        return new StageGates(List.of(
                new RequiredFieldRule(PLANNING, NAME),
                new RequiredFieldRule(PLANNING, BRAND),
                new RequiredFieldRule(PLANNING, PRICE),
                new RequiredFieldRule(PLANNING, LAUNCH_DATE),
                new RequiredFieldRule(SOURCING, SUPPLIER),
                new RequiredFieldRule(SOURCING, COST),
                new RequiredFieldRule(SOURCING, ORDER_QUANTITY),
                new ValidBarcodeRule(LABELING),
                new RequiredFieldRule(LABELING, CAPACITY),
                new RequiredFieldRule(LABELING, MANUFACTURER),
                new RequiredFieldRule(LABELING, RESPONSIBLE_SELLER),
                new RequiredFieldRule(LABELING, USAGE_PERIOD),
                new RequiredFieldRule(LABELING, INGREDIENTS),
                new AllShippedRule(SHIPMENT)));
    }

    /**
     * What stops the product from leaving {@code stage} forwards: the rules on its fields, then the checklist actions
     * of that stage that are required by the gate and not done.
     */
    public List<GateProblem> problemsLeaving(Stage stage, Product product, ChecklistProgress checklist) {
        List<GateProblem> problems = null;
        for (GateRule rule : rules.get(stage)) {
            Optional<GateProblem> problem = rule.check(product);
            if (problem.isPresent()) {
                if (problems == null) {
                    problems = new ArrayList<>(2);
                }
                problems.add(problem.get());
            }
        }
        List<String> openRequired = checklist.openRequiredAt(stage);
        if (!openRequired.isEmpty()) {
            problems = problems == null ? new ArrayList<>(1) : problems;
            problems.add(GateProblem.openRequiredActions(openRequired));
        }
        return problems == null ? List.of() : List.copyOf(problems);
    }

    /** The rules on the product's fields alone, as for a product with no required actions (what a gate checks). */
    public List<GateProblem> problemsLeaving(Stage stage, Product product) {
        return problemsLeaving(stage, product, ChecklistProgress.NONE);
    }

    /**
     * What stops a product that is not stored yet (no checklist) from starting in {@code target}: the field rules of
     * every stage before it, as a board move from planning to {@code target} would check them.
     */
    public List<GateProblem> problemsBefore(Stage target, Product product) {
        List<GateProblem> problems = new ArrayList<>();
        for (Stage stage = PLANNING; stage.isBefore(target); stage = stage.next().orElseThrow()) {
            problems.addAll(problemsLeaving(stage, product));
        }
        return problems;
    }

    /** The gates as the import asks them for a new product's stage, worded in the reader's language. */
    public StartingStageCheck startingCheck() {
        return (stage, product) -> problemsBefore(stage, product).stream().map(GateProblem::text).toList();
    }

    /** What stops the product from moving on from where it is now. */
    public List<GateProblem> problemsForNextStage(Product product, ChecklistProgress checklist) {
        return problemsLeaving(product.stage(), product, checklist);
    }

    /** As {@link #problemsForNextStage(Product, ChecklistProgress)} for a product with no required actions. */
    public List<GateProblem> problemsForNextStage(Product product) {
        return problemsForNextStage(product, ChecklistProgress.NONE);
    }
}
