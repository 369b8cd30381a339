package com.mallboard.demo;

import com.mallboard.common.Formats;
import com.mallboard.demo.BeautyVocabulary.Category;
import com.mallboard.product.NewProduct;
import com.mallboard.product.Stage;
import com.mallboard.product.WalkedProduct;
import com.mallboard.suggest.history.HistoryGenerator;
import com.mallboard.suggest.history.PastProduct;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The demo's past: products completed over the last two years, each with the stages it went through and the
 * checklist actions it did there (in Korean, from the history generator's playbook for its tags). They give learned
 * suggestions and stage durations something to learn from on a fresh install. Their SKUs start with
 * {@link #SKU_PREFIX}; they are demo products like the rest and go with them.
 */
final class DemoHistory {
    static final String SKU_PREFIX = DemoCatalogue.SKU_PREFIX + "H-";
    static final int SIZE = 120;
    private static final long SEED = 20_261_126L;
    /** Two years of starts plus up to 84 days of walking end before today. */
    private static final Duration REACH = Duration.ofDays(730 + 90);
    private static final int LAUNCH_AFTER_DONE_DAYS = 3;

    private DemoHistory() {
    }

    static List<WalkedProduct> products(Instant now) {
        Random random = new Random(SEED);
        BeautyProductFactory factory = new BeautyProductFactory(random, now);
        HistoryGenerator generator = HistoryGenerator.korean(now.minus(REACH));
        List<Category> categories = BeautyVocabulary.CATEGORIES;
        List<WalkedProduct> history = new ArrayList<>(SIZE);
        for (int serial = 1; serial <= SIZE; serial++) {
            Category category = categories.get(random.nextInt(categories.size()));
            String sku = SKU_PREFIX + category.code() + "-" + String.format(Locale.ROOT, "%03d", serial);
            NewProduct product = factory.product(sku, 500 + serial, Stage.DONE, category, Set.of(), true);
            history.add(walked(product, generator.walk(serial, product.tags(), random)));
        }
        return history;
    }

    private static WalkedProduct walked(NewProduct product, PastProduct past) {
        LocalDate launched = LocalDate.ofInstant(past.completedAt(), Formats.SEOUL).plusDays(LAUNCH_AFTER_DONE_DAYS);
        return past.toWalked(product.details().toBuilder().launchDate(launched).build(), true);
    }
}
