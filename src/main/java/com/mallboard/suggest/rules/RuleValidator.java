package com.mallboard.suggest.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks rules before they are stored or imported; every problem is reported, not just the first. */
public final class RuleValidator {
    public static final int MAX_TITLE_LENGTH = 120;
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private RuleValidator() {
    }

    /** The problems of one rule, without a position. */
    public static List<RuleProblem> problemsOf(SuggestionRule rule) {
        List<RuleProblem> problems = new ArrayList<>();
        if (rule.code() == null || !CODE.matcher(rule.code()).matches()) {
            problems.add(RuleProblem.of("suggest.rules.invalid.code", rule.code() == null ? "" : rule.code()));
        }
        if (rule.name() == null || rule.name().ko() == null) {
            problems.add(RuleProblem.of("suggest.rules.invalid.name"));
        }
        checkTrigger(rule.trigger(), problems);
        checkAction(rule.action(), problems);
        return problems;
    }

    /** The problems of a whole list (a file or the stored set), each at its 1-based position; duplicate codes too. */
    public static List<RuleProblem> problemsOf(List<SuggestionRule> rules) {
        List<RuleProblem> problems = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            SuggestionRule rule = rules.get(i);
            int position = i + 1;
            problemsOf(rule).forEach(p -> problems.add(p.at(position, rule.code())));
            if (rule.code() != null && !codes.add(rule.code())) {
                problems.add(RuleProblem.of("suggest.rules.invalid.code.duplicate", rule.code()).at(position, rule.code()));
            }
        }
        return problems;
    }

    private static void checkTrigger(RuleTrigger trigger, List<RuleProblem> problems) {
        if (trigger == null) {
            problems.add(RuleProblem.of("suggest.rules.invalid.stages"));
            return;
        }
        if (trigger.stages().isEmpty()) {
            problems.add(RuleProblem.of("suggest.rules.invalid.stages"));
        }
        if (trigger.allTags().contains("") || trigger.anyTags().contains("") || trigger.noneTags().contains("")) {
            problems.add(RuleProblem.of("suggest.rules.invalid.tag.blank"));
        }
        for (String tag : trigger.noneTags()) {
            if (trigger.allTags().contains(tag) || trigger.anyTags().contains(tag)) {
                problems.add(RuleProblem.of("suggest.rules.invalid.tag.conflict", tag));
            }
        }
        for (FieldCondition condition : trigger.conditions()) {
            checkCondition(condition, problems);
        }
    }

    private static void checkCondition(FieldCondition condition, List<RuleProblem> problems) {
        if (condition.type() == null) {
            problems.add(RuleProblem.of("suggest.rules.invalid.condition", ""));
        } else if (condition.type() == ConditionType.LAUNCH_WITHIN_DAYS
                && (condition.days() == null || condition.days() < 0)) {
            problems.add(RuleProblem.of("suggest.rules.invalid.days"));
        } else if (condition.type() == ConditionType.FIELD_EMPTY && condition.field() == null) {
            problems.add(RuleProblem.of("suggest.rules.invalid.field"));
        }
    }

    private static void checkAction(RuleAction action, List<RuleProblem> problems) {
        if (action == null || action.title() == null || action.title().ko() == null) {
            problems.add(RuleProblem.of("suggest.rules.invalid.title"));
            return;
        }
        String longest = action.title().en() != null && action.title().en().length() > action.title().ko().length()
                ? action.title().en() : action.title().ko();
        if (longest.length() > MAX_TITLE_LENGTH) {
            problems.add(RuleProblem.of("suggest.rules.invalid.title.long", MAX_TITLE_LENGTH));
        }
        if (action.due() != null && (action.due().anchor() == null || action.due().days() < 0)) {
            problems.add(RuleProblem.of("suggest.rules.invalid.due"));
        }
    }
}
