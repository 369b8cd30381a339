package com.mallboard.suggest.risk;

import java.util.List;

/** Where launch-risk reads how long products stayed in each stage; the store implements it with one query. */
public interface StageHistory {
    /**
     * Every stage entry of the products not in the trash, grouped by product and in the order they happened (by time,
     * then by the order they were recorded).
     */
    List<RecordedMove> movesOfActiveProducts();
}
