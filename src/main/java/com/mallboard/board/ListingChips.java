package com.mallboard.board;

import com.mallboard.sync.ListingChip;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Where the board reads the mall chips of its cards: all of them in one query when the board loads, or those of a
 * few products after a change. The composition root hands in the listing service's two methods.
 */
public interface ListingChips {
    /** No malls: cards without chips (tests and tools that do not sync). */
    ListingChips NONE = of(Map::of, ids -> Map.of());

    Map<Long, List<ListingChip>> all();

    Map<Long, List<ListingChip>> of(Collection<Long> productIds);

    static ListingChips of(Supplier<Map<Long, List<ListingChip>>> all,
            Function<Collection<Long>, Map<Long, List<ListingChip>>> some) {
        return new ListingChips() {
            @Override
            public Map<Long, List<ListingChip>> all() {
                return all.get();
            }

            @Override
            public Map<Long, List<ListingChip>> of(Collection<Long> productIds) {
                return productIds.isEmpty() ? Map.of() : some.apply(productIds);
            }
        };
    }
}
