package com.mallboard.suggest;

import com.mallboard.common.Formats;
import com.mallboard.product.ChecklistAction;
import com.mallboard.product.Product;
import com.mallboard.product.ProductService;
import com.mallboard.product.Stage;
import com.mallboard.suggest.history.ActionTitles;
import com.mallboard.suggest.rules.LocalizedText;
import com.mallboard.suggest.rules.RuleEngine;
import com.mallboard.suggest.rules.RuleSuggestion;
import com.mallboard.suggest.rules.SuggestionRule;
import com.mallboard.suggest.rules.SuggestionRuleService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The suggestion panel's service: a product's open next steps and what a manager does with them. Open means the rules
 * or similar past products suggest it and it was not dismissed for the product, is not snoozed until after today
 * (Seoul), and was not already accepted at this stage; at most {@link #MAX_OPEN}, highest priority first.
 */
public class SuggestionService {
    public static final int MAX_OPEN = 3;
    public static final int SNOOZE_DAYS = 7;

    private final SuggestionRuleService rules;
    private final RuleEngine engine;
    private final LearnedSuggestions learned;
    private final ProductService products;
    private final SuggestionReactions reactions;
    private final Clock clock;
    private final String currentUser;

    public SuggestionService(SuggestionRuleService rules, RuleEngine engine, LearnedSuggestions learned,
            ProductService products, SuggestionReactions reactions, Clock clock, String currentUser) {
        this.rules = rules;
        this.engine = engine;
        this.learned = learned;
        this.products = products;
        this.reactions = reactions;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** The product's open suggestions; reads the store, call off the FX thread. */
    public List<Suggestion> open(Product product) {
        return open(product, products.checklist(product.id()), reactions.forProduct(product.id()), rules.rules(),
                learned.batch());
    }

    /**
     * How many suggestions each product has open (at most {@link #MAX_OPEN}, as the panel shows), for the board's
     * badges: the store is read once for all of them, and products with the same tags and stage share one learned
     * answer. Products with none, and done products (nothing is suggested there), are left out.
     */
    public Map<Long, Integer> openCounts(Collection<Product> cards) {
        List<Product> inProgress = cards.stream().filter(product -> product.stage() != Stage.DONE).toList();
        if (inProgress.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = inProgress.stream().map(Product::id).toList();
        Map<Long, List<ChecklistAction>> checklists = products.checklists(ids);
        Map<Long, List<SuggestionReaction>> memories = reactions.forProducts(ids);
        List<SuggestionRule> ruleList = rules.rules();
        LearnedSuggestions.Batch batch = learned.batch();
        Map<Long, Integer> counts = new HashMap<>();
        for (Product product : inProgress) {
            int open = open(product, checklists.getOrDefault(product.id(), List.of()),
                    memories.getOrDefault(product.id(), List.of()), ruleList, batch).size();
            if (open > 0) {
                counts.put(product.id(), open);
            }
        }
        return counts;
    }

    /**
     * Rule suggestions, then learned ones that are neither on the checklist at this stage nor the same action as a
     * rule's (in either language); minus what the product's memory hides; by priority, then confidence.
     */
    private List<Suggestion> open(Product product, List<ChecklistAction> checklist, List<SuggestionReaction> memory,
            List<SuggestionRule> ruleList, LearnedSuggestions.Batch batch) {
        LocalDate today = today();
        List<RuleSuggestion> fromRules = engine.suggest(product, checklist, ruleList);
        Set<String> known = new HashSet<>();
        checklist.stream().filter(action -> action.stage() == product.stage())
                .forEach(action -> known.add(ActionTitles.key(action.title())));
        for (RuleSuggestion rule : fromRules) {
            LocalizedText title = rule.rule().action().title();
            Stream.of(title.ko(), title.en()).filter(Objects::nonNull).forEach(text -> known.add(ActionTitles.key(text)));
        }
        Stream<Suggestion> fromHistory = batch.suggest(product).stream()
                .filter(suggestion -> !known.contains(ActionTitles.key(suggestion.title())));
        return Stream.concat(fromRules.stream().map(Suggestion::of), fromHistory)
                .filter(suggestion -> memory.stream().noneMatch(reaction -> hides(reaction, suggestion, today)))
                .sorted(Comparator.comparing(Suggestion::priority)
                        .thenComparing(Comparator.comparingDouble(Suggestion::confidence).reversed()))
                .limit(MAX_OPEN)
                .toList();
    }

    /** As {@link #open(Product)} for the product as stored now (its tags and stage may have been saved since). */
    public List<Suggestion> open(long productId) {
        return open(products.find(productId));
    }

    /**
     * Adds the suggestion to the checklist (its title, stage and due date, marked with its source and, when its rule
     * says so, required by the gate) and remembers it was accepted, in one transaction: a failure leaves neither.
     */
    public ChecklistAction accept(Product product, Suggestion suggestion) {
        return reactions.recordWith(reaction(product, suggestion, Reaction.ACCEPTED, null, null),
                () -> products.addAction(product.id(), suggestion.title(), suggestion.stage(), suggestion.dueDate(),
                        suggestion.source().actionSource(), suggestion.requiredByGate()));
    }

    /** Never shows the suggestion for this product again; {@code reason} may be blank. */
    public void dismiss(Product product, Suggestion suggestion, String reason) {
        String kept = reason == null || reason.isBlank() ? null : reason.strip();
        remember(product, suggestion, Reaction.DISMISSED, kept, null);
    }

    /** Hides the suggestion for {@link #SNOOZE_DAYS} days; returns the date it shows again. */
    public LocalDate snooze(Product product, Suggestion suggestion) {
        LocalDate until = today().plusDays(SNOOZE_DAYS);
        remember(product, suggestion, Reaction.SNOOZED, null, until);
        return until;
    }

    private void remember(Product product, Suggestion suggestion, Reaction reaction, String reason, LocalDate until) {
        reactions.record(reaction(product, suggestion, reaction, reason, until));
    }

    private SuggestionReaction reaction(Product product, Suggestion suggestion, Reaction reaction, String reason,
            LocalDate until) {
        return new SuggestionReaction(product.id(), suggestion.key(), suggestion.stage(), reaction, reason, until,
                clock.instant(), currentUser);
    }

    private static boolean hides(SuggestionReaction reaction, Suggestion suggestion, LocalDate today) {
        if (!reaction.key().equals(suggestion.key())) {
            return false;
        }
        return switch (reaction.reaction()) {
            case DISMISSED -> true;
            case SNOOZED -> today.isBefore(reaction.snoozedUntil());
            case ACCEPTED -> reaction.stage() == suggestion.stage();
        };
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.SEOUL));
    }
}
