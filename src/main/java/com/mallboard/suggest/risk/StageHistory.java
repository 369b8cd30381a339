package com.mallboard.suggest.risk;

import java.util.List;

/** Where launch-risk reads how long products stayed in each stage; the store implements it with one query. */
public interface StageHistory {
    /** Every stage entry of the products not in the trash, in no particular order. */
    List<RecordedMove> movesOfActiveProducts();

    /** How many moves are recorded in all, a cheap sign that the history grew (an import, the demo's past). */
    long moveCount();
}
