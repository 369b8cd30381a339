package com.mallboard.board;

import com.mallboard.product.Product;
import java.util.Collection;
import java.util.Map;

/**
 * Where the board reads how many next-step suggestions are open on its cards (the badge). The composition root hands
 * in the suggestion service's count.
 */
@FunctionalInterface
public interface SuggestionBadges {
    /** No badges (tests and tools without suggestions). */
    SuggestionBadges NONE = products -> Map.of();

    /** Product id to its number of open suggestions; products with none may be left out. */
    Map<Long, Integer> counts(Collection<Product> products);
}
