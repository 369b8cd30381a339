package com.mallboard.product;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Tag spelling rules: lower case, trimmed, inner spaces become dashes, so "Cold Chain" and "cold-chain" are one tag. */
public final class Tags {
    private Tags() {
    }

    public static String normalise(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
    }

    public static Set<String> normalise(Collection<String> tags) {
        return tags.stream()
                .filter(t -> t != null && !t.isBlank())
                .map(Tags::normalise)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
