package com.mallboard.report.pipeline;

import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.Stage;
import com.mallboard.product.StageMove;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Products and their stage moves for the figures' tests, at Seoul times that read like a calendar. */
final class Moves {
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final List<StageMove> moves = new ArrayList<>();

    /** {@code 2026-11-02T09:00} in Seoul. */
    static Instant seoul(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SEOUL).toInstant();
    }

    static Product product(long id, Stage stage, Instant enteredAt, String brand, String influencer) {
        ProductDetails details = ProductDetails.builder().sku("SKU-" + id).name("상품 " + id).brand(brand)
                .influencer(influencer).build();
        return new Product(id, details, stage, Set.of(), false, enteredAt, enteredAt, enteredAt, null, 1);
    }

    /** Records the product's creation in {@code stage} at {@code at} (Seoul). */
    Moves created(long productId, Stage stage, String at) {
        moves.add(new StageMove(productId, null, stage, seoul(at), "minji", null));
        return this;
    }

    Moves moved(long productId, Stage from, Stage to, String at) {
        moves.add(new StageMove(productId, from, to, seoul(at), "minji", null));
        return this;
    }

    List<StageMove> list() {
        return List.copyOf(moves);
    }
}
