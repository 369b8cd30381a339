package com.mallboard.demo;

import com.mallboard.demo.BeautyVocabulary.Category;
import com.mallboard.product.NewProduct;
import com.mallboard.product.Product;
import com.mallboard.product.ProductField;
import com.mallboard.product.ProductRepository;
import com.mallboard.product.Stage;
import com.mallboard.product.WalkedProduct;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * An optional catalogue of about sixty Korean beauty products spread over the whole board, so a new user sees what
 * Mallboard does before entering anything. Every demo product is flagged as demo and has a {@code DEMO-} SKU, so it is
 * clearly marked and can be removed in one go without touching the user's own products.
 */
public class DemoCatalogue {
    public static final String SKU_PREFIX = "DEMO-";
    /** Fixed, so the catalogue is the same on every machine for the same day. */
    private static final long SEED = 20_261_125L;
    /** How many demo products wait in each stage, in board order: a funnel, as on a real board. */
    private static final int[] PER_STAGE = {14, 13, 12, 11, 10};

    private final ProductRepository products;
    private final Clock clock;
    private final String currentUser;

    public DemoCatalogue(ProductRepository products, Clock clock, String currentUser) {
        this.products = products;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** The demo products; launch dates and days in stage are relative to the clock's today. */
    public List<NewProduct> products() {
        BeautyProductFactory factory = new BeautyProductFactory(new Random(SEED), clock.instant());
        List<Category> categories = BeautyVocabulary.CATEGORIES;
        List<NewProduct> catalogue = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            for (int index = 0; index < PER_STAGE[stage.ordinal()]; index++) {
                int serial = catalogue.size() + 1;
                Category category = categories.get(serial % categories.size());
                String sku = SKU_PREFIX + category.code() + "-" + String.format(Locale.ROOT, "%03d", serial);
                catalogue.add(factory.product(sku, serial, stage, category, deliberateGaps(stage, index), true));
            }
        }
        return catalogue;
    }

    /**
     * Adds the catalogue and its past (completed products with their stages and actions, see {@link DemoHistory}) in
     * one transaction; returns how many products were added, 0 if it is already there.
     */
    public int install() {
        if (isInstalled()) {
            return 0;
        }
        List<WalkedProduct> all = new ArrayList<>();
        products().forEach(product -> all.add(WalkedProduct.justEntered(product)));
        all.addAll(DemoHistory.products(clock.instant()));
        products.createWalked(all, currentUser);
        return all.size();
    }

    /** One of the demo's completed past products, which stay off the demo mall: they were sold long ago. */
    public static boolean isPastProduct(Product product) {
        return product.demo() && product.details().sku().startsWith(DemoHistory.SKU_PREFIX);
    }

    public boolean isInstalled() {
        return products.countDemoProducts() > 0;
    }

    /** Deletes every demo product (trashed ones too); the user's own products stay. Returns how many went. */
    public int remove() {
        return products.deleteDemoProducts();
    }

    /**
     * Every fourth card of a stage still lacks one thing its gate asks for, so the board has problems to show; most
     * shipments are still on their way.
     */
    private static Set<ProductField> deliberateGaps(Stage stage, int index) {
        List<ProductField> fields = BeautyProductFactory.gateFields(stage).stream()
                .filter(field -> field != ProductField.NAME)
                .toList();
        boolean gap = stage == Stage.SHIPMENT ? index % 3 != 0 : index % 4 == 3;
        if (!gap || fields.isEmpty()) {
            return Set.of();
        }
        return Set.of(fields.get(index / 4 % fields.size()));
    }
}
