package com.mallboard.suggest.history;

import java.util.List;

/**
 * How much sharing a tag says about two products. Person and campaign tags ({@code influencer:…},
 * {@code campaign:…}) are shared by products of every kind, so they count for less than {@code sunscreen} or
 * {@code liquid}.
 */
public record TagWeights(List<String> genericPrefixes, double genericWeight) {
    public static final List<String> GENERIC_PREFIXES = List.of("influencer:", "campaign:");

    public TagWeights {
        genericPrefixes = List.copyOf(genericPrefixes);
        if (!(genericWeight > 0 && genericWeight <= 1)) {
            throw new IllegalArgumentException("genericWeight must be in (0, 1]: " + genericWeight);
        }
    }

    public static TagWeights of(double genericWeight) {
        return new TagWeights(GENERIC_PREFIXES, genericWeight);
    }

    public double weight(String tag) {
        return isGeneric(tag) ? genericWeight : 1.0;
    }

    public boolean isGeneric(String tag) {
        for (String prefix : genericPrefixes) {
            if (tag.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
