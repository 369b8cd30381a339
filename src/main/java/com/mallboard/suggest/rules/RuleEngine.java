package com.mallboard.suggest.rules;

import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.product.ChecklistAction;
import com.mallboard.product.Gtin;
import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.Stage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Matches rules against one product at its current stage and says why each fired. Actions the product already has
 * at that stage (same title in either language) are not suggested again. Results are ordered by priority, then by
 * the rules' order.
 */
public final class RuleEngine {
    private final Clock clock;
    private final Messages messages;

    public RuleEngine(Clock clock, Messages messages) {
        this.clock = clock;
        this.messages = messages;
    }

    public List<RuleSuggestion> suggest(Product product, List<ChecklistAction> checklist, List<SuggestionRule> rules) {
        LocalDate today = LocalDate.now(clock.withZone(Formats.SEOUL));
        List<RuleSuggestion> suggestions = new ArrayList<>();
        for (SuggestionRule rule : rules) {
            if (rule.enabled() && !alreadyOnChecklist(rule, product.stage(), checklist)) {
                match(rule, product, today).ifPresent(parts -> suggestions.add(suggestion(rule, product, today, parts)));
            }
        }
        suggestions.sort(Comparator.comparing(RuleSuggestion::priority));
        return suggestions;
    }

    /** The parts of the reason when the rule fires for the product today, empty when it does not. */
    Optional<List<ReasonPart>> match(SuggestionRule rule, Product product, LocalDate today) {
        RuleTrigger when = rule.trigger();
        Set<String> tags = product.tags();
        if (!when.stages().contains(product.stage()) || !tags.containsAll(when.allTags())
                || when.noneTags().stream().anyMatch(tags::contains)) {
            return Optional.empty();
        }
        List<String> anyFired = when.anyTags().stream().filter(tags::contains).toList();
        if (!when.anyTags().isEmpty() && anyFired.isEmpty()) {
            return Optional.empty();
        }
        List<ReasonPart> parts = new ArrayList<>();
        List<String> fired = new ArrayList<>(when.allTags());
        fired.addAll(anyFired);
        if (!fired.isEmpty()) {
            parts.add(ReasonPart.of("suggest.rules.reason.tags", String.join(", ", fired)));
        }
        if (!when.noneTags().isEmpty()) {
            parts.add(ReasonPart.of("suggest.rules.reason.tags.none", String.join(", ", when.noneTags())));
        }
        for (FieldCondition condition : when.conditions()) {
            Optional<ReasonPart> part = test(condition, product.details(), today);
            if (part.isEmpty()) {
                return Optional.empty();
            }
            parts.add(part.get());
        }
        parts.add(ReasonPart.of("suggest.rules.reason.stage", messages.get(product.stage().messageKey())));
        return Optional.of(parts);
    }

    private Optional<ReasonPart> test(FieldCondition condition, ProductDetails details, LocalDate today) {
        String barcode = details.barcode();
        return switch (condition.type()) {
            case LAUNCH_WITHIN_DAYS -> {
                LocalDate launch = details.launchDate();
                long daysLeft = launch == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(today, launch);
                yield daysLeft <= condition.days()
                        ? Optional.of(ReasonPart.of("suggest.rules.reason.launch", daysLeft, condition.days()))
                        : Optional.empty();
            }
            case BARCODE_MISSING -> barcode == null
                    ? Optional.of(ReasonPart.of("suggest.rules.reason.barcode.missing")) : Optional.empty();
            case BARCODE_NOT_EAN13 -> barcode == null ? Optional.of(ReasonPart.of("suggest.rules.reason.barcode.missing"))
                    : Gtin.isValidEan13(barcode) ? Optional.empty()
                    : Optional.of(ReasonPart.of("suggest.rules.reason.barcode.invalid", barcode));
            case FIELD_EMPTY -> condition.field().isEmpty(details)
                    ? Optional.of(ReasonPart.of("suggest.rules.reason.field.empty",
                            messages.get(condition.field().labelKey())))
                    : Optional.empty();
        };
    }

    private RuleSuggestion suggestion(SuggestionRule rule, Product product, LocalDate today, List<ReasonPart> parts) {
        RuleAction action = rule.action();
        String ruleName = rule.name().in(messages.locale());
        String joined = parts.stream().map(p -> messages.get(p.key(), p.args().toArray()))
                .collect(Collectors.joining(", "));
        String key = "suggest.rules.reason";
        RuleReason reason = new RuleReason(key, List.of(ruleName, joined), parts, messages.get(key, ruleName, joined));
        LocalDate due = action.due() == null ? null : action.due().from(today, product.details().launchDate());
        return new RuleSuggestion(rule, product.stage(), action.title().in(messages.locale()),
                action.description().in(messages.locale()), due, action.priority(), action.requiredByGate(), reason);
    }

    private static boolean alreadyOnChecklist(SuggestionRule rule, Stage stage, List<ChecklistAction> checklist) {
        return checklist.stream().anyMatch(a -> a.stage() == stage && rule.action().title().matches(a.title()));
    }
}
