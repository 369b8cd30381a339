package com.mallboard.suggest.rules;

import com.mallboard.product.Stage;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The "when" of a rule: the product is at one of {@code stages}, has every tag of {@code allTags}, at least one of
 * {@code anyTags} (when there are any), none of {@code noneTags}, and every field condition holds.
 * Tags are kept lower-case and sorted, as products store them.
 */
public record RuleTrigger(Set<Stage> stages, Set<String> allTags, Set<String> anyTags, Set<String> noneTags,
        List<FieldCondition> conditions) {

    public RuleTrigger {
        stages = stages.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(stages));
        allTags = normalized(allTags);
        anyTags = normalized(anyTags);
        noneTags = normalized(noneTags);
        conditions = List.copyOf(conditions);
    }

    /** At {@code stage} with every one of {@code tags}; add the rest with the {@code with…} methods. */
    public static RuleTrigger at(Set<Stage> stages, String... tags) {
        return new RuleTrigger(stages, Set.of(tags), Set.of(), Set.of(), List.of());
    }

    public RuleTrigger withAnyTags(String... tags) {
        return new RuleTrigger(stages, allTags, Set.of(tags), noneTags, conditions);
    }

    public RuleTrigger withNoneTags(String... tags) {
        return new RuleTrigger(stages, allTags, anyTags, Set.of(tags), conditions);
    }

    public RuleTrigger withConditions(FieldCondition... added) {
        return new RuleTrigger(stages, allTags, anyTags, noneTags, List.of(added));
    }

    private static Set<String> normalized(Set<String> tags) {
        TreeSet<String> sorted = new TreeSet<>();
        for (String tag : tags) {
            sorted.add(tag == null ? "" : tag.strip().toLowerCase(java.util.Locale.ROOT));
        }
        return java.util.Collections.unmodifiableSortedSet(sorted);
    }
}
