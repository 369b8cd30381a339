package com.mallboard.board;

import com.mallboard.product.Stage;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Cards sorted into their stage columns (launch date first, then SKU) and the values the filter offers. Built off
 * the UI thread: at 50,000 cards the sorting and grouping would otherwise hold up the first frame.
 */
public record CardColumns(Map<Stage, List<BoardCard>> byStage, List<String> tags, List<String> brands,
        List<String> influencers) {

    public static final Comparator<BoardCard> ORDER = Comparator
            .comparing((BoardCard c) -> c.product().details().launchDate(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(c -> c.product().sku());

    public static CardColumns of(Collection<BoardCard> cards) {
        Map<Stage, List<BoardCard>> byStage = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            byStage.put(stage, List.of());
        }
        byStage.putAll(cards.stream().sorted(ORDER)
                .collect(Collectors.groupingBy(BoardCard::stage, () -> new EnumMap<>(Stage.class), Collectors.toList())));
        List<String> tags = cards.stream().flatMap(c -> c.product().tags().stream())
                .collect(Collectors.toCollection(TreeSet::new)).stream().toList();
        return new CardColumns(byStage, tags, distinct(cards, c -> c.product().details().brand()),
                distinct(cards, c -> c.product().details().influencer()));
    }

    private static List<String> distinct(Collection<BoardCard> cards, Function<BoardCard, String> value) {
        return cards.stream().map(value).filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new))
                .stream().toList();
    }
}
