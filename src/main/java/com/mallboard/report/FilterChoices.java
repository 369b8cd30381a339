package com.mallboard.report;

import com.mallboard.product.Product;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the export dialog offers in its filters: the brands, influencers and tags of the products, and the malls. */
public record FilterChoices(List<String> brands, List<String> influencers, List<String> tags, List<MallChoice> malls) {

    /** A mall as the filter shows it: Mallboard's number for it and its name. */
    public record MallChoice(long id, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    public FilterChoices {
        brands = List.copyOf(brands);
        influencers = List.copyOf(influencers);
        tags = List.copyOf(tags);
        malls = List.copyOf(malls);
    }

    /** The distinct, sorted, non-blank values found in {@code products}. */
    public static FilterChoices of(Collection<Product> products, List<MallChoice> malls) {
        return new FilterChoices(distinct(products, p -> p.details().brand()),
                distinct(products, p -> p.details().influencer()),
                List.copyOf(new TreeSet<>(products.stream().flatMap(p -> p.tags().stream()).toList())), malls);
    }

    private static List<String> distinct(Collection<Product> products, Function<Product, String> value) {
        return List.copyOf(products.stream().map(value).filter(Objects::nonNull).map(String::strip)
                .filter(text -> !text.isEmpty()).collect(Collectors.toCollection(TreeSet::new)));
    }
}
