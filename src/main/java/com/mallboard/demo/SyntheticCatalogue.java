package com.mallboard.demo;

import com.mallboard.product.NewProduct;
import com.mallboard.product.ProductField;
import com.mallboard.product.Stage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Any number of varied, realistic products for benchmarks and load tests: SKUs {@code BENCH-000001} upwards, every
 * stage equally represented, about a quarter of each current gate's fields still open. Not demo data.
 */
public final class SyntheticCatalogue {
    public static final String SKU_PREFIX = "BENCH-";
    private static final double STILL_OPEN = 0.25;

    private SyntheticCatalogue() {
    }

    /** {@code count} products; the same seed and instant give the same products. */
    public static List<NewProduct> generate(int count, long seed, Instant now) {
        Random random = new Random(seed);
        BeautyProductFactory factory = new BeautyProductFactory(random, now);
        Stage[] stages = Stage.values();
        List<NewProduct> products = new ArrayList<>(count);
        for (int serial = 1; serial <= count; serial++) {
            Stage stage = stages[(serial - 1) % stages.length];
            String sku = SKU_PREFIX + String.format(Locale.ROOT, "%06d", serial);
            products.add(factory.product(sku, serial, stage, factory.pick(BeautyVocabulary.CATEGORIES),
                    stillOpen(factory, stage), false));
        }
        return products;
    }

    private static Set<ProductField> stillOpen(BeautyProductFactory factory, Stage stage) {
        Set<ProductField> open = EnumSet.noneOf(ProductField.class);
        for (ProductField field : BeautyProductFactory.gateFields(stage)) {
            if (factory.chance(STILL_OPEN)) {
                open.add(field);
            }
        }
        return open;
    }
}
