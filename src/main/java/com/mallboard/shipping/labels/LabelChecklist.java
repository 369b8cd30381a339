package com.mallboard.shipping.labels;

import com.mallboard.product.ProductService;
import com.mallboard.product.Stage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Printing labels is the labeling stage's "print product labels" action: once labels are printed or saved, each
 * product's action is ticked, or added ticked when the product has none, in either language.
 */
public final class LabelChecklist {
    public static final String TITLE_EN = "Print product labels";
    public static final String TITLE_KO = "제품 라벨 인쇄";

    private final ProductService products;
    private final String title;

    /** {@code title} is the action's title in the user's language, used when the action has to be added. */
    public LabelChecklist(ProductService products, String title) {
        this.products = products;
        this.title = title;
    }

    /** Ticks the action of every product; returns how many products were marked. */
    public int markPrinted(Collection<Long> productIds) {
        List<String> titles = new ArrayList<>(List.of(title));
        for (String other : List.of(TITLE_KO, TITLE_EN)) {
            if (!other.equalsIgnoreCase(title)) {
                titles.add(other);
            }
        }
        for (long id : productIds) {
            products.completeAction(id, Stage.LABELING, titles);
        }
        return productIds.size();
    }
}
