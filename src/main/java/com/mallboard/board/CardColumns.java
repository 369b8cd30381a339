package com.mallboard.board;

import com.mallboard.product.Stage;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Cards sorted into their stage columns (launch date first, then SKU) and the values the filter offers. Built off
 * the UI thread: at 50,000 cards the sorting and grouping would otherwise hold up the first frame.
 */
public record CardColumns(Map<Stage, List<BoardCard>> byStage, List<String> tags, List<String> brands,
        List<String> influencers) {

    /** Launch date first (undated last), then SKU; the date is compared as a number, which sorting 50,000 notices. */
    public static final Comparator<BoardCard> ORDER = Comparator.comparingLong(CardColumns::launchDay)
            .thenComparing(c -> c.product().sku());

    public static CardColumns of(Collection<BoardCard> cards) {
        Map<Stage, List<BoardCard>> byStage = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            byStage.put(stage, List.of());
        }
        byStage.putAll(cards.stream().sorted(ORDER)
                .collect(Collectors.groupingBy(BoardCard::stage, () -> new EnumMap<>(Stage.class), Collectors.toList())));
        // Products with the same tags share one set instance (see the store), so gathering distinct instances first
        // touches a few hundred sets instead of every card's tags.
        Set<Set<String>> tagSets = Collections.newSetFromMap(new IdentityHashMap<>());
        cards.forEach(c -> tagSets.add(c.product().tags()));
        List<String> tags = sorted(tagSets.stream().flatMap(Set::stream).collect(Collectors.toSet()));
        return new CardColumns(byStage, tags, distinct(cards, c -> c.product().details().brand()),
                distinct(cards, c -> c.product().details().influencer()));
    }

    private static List<String> distinct(Collection<BoardCard> cards, Function<BoardCard, String> value) {
        Set<String> values = new HashSet<>();
        for (BoardCard card : cards) {
            String v = value.apply(card);
            if (v != null) {
                values.add(v);
            }
        }
        return sorted(values);
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }

    private static long launchDay(BoardCard card) {
        java.time.LocalDate date = card.product().details().launchDate();
        return date == null ? Long.MAX_VALUE : date.toEpochDay();
    }
}
