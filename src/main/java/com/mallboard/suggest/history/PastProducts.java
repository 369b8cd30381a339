package com.mallboard.suggest.history;

import java.util.List;

/** Where learned suggestions read their history (port; stored by {@code store.JooqPastProductRepository}). */
public interface PastProducts {

    /**
     * Every completed product that is not in the trash and had at least one action done, with the actions done in
     * each stage and when it last entered the stage; completed at is when it last entered the done stage.
     */
    List<PastProduct> completed();
}
