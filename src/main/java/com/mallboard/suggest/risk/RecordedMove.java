package com.mallboard.suggest.risk;

import com.mallboard.product.Stage;
import java.time.Instant;

/** One row of a product's stage history: it entered {@code stage} at {@code enteredAt} (its creation is a row too). */
public record RecordedMove(long productId, Stage stage, Instant enteredAt) {
}
