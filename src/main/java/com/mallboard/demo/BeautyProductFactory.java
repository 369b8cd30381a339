package com.mallboard.demo;

import static com.mallboard.product.ProductField.BARCODE;
import static com.mallboard.product.ProductField.BRAND;
import static com.mallboard.product.ProductField.CAPACITY;
import static com.mallboard.product.ProductField.COST;
import static com.mallboard.product.ProductField.INGREDIENTS;
import static com.mallboard.product.ProductField.LAUNCH_DATE;
import static com.mallboard.product.ProductField.MANUFACTURER;
import static com.mallboard.product.ProductField.ORDER_QUANTITY;
import static com.mallboard.product.ProductField.PRICE;
import static com.mallboard.product.ProductField.RESPONSIBLE_SELLER;
import static com.mallboard.product.ProductField.SUPPLIER;
import static com.mallboard.product.ProductField.USAGE_PERIOD;

import com.mallboard.common.Formats;
import com.mallboard.demo.BeautyVocabulary.Brand;
import com.mallboard.demo.BeautyVocabulary.Category;
import com.mallboard.demo.BeautyVocabulary.Influencer;
import com.mallboard.product.Gtin;
import com.mallboard.product.NewProduct;
import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.ProductField;
import com.mallboard.product.Stage;
import com.mallboard.workflow.GateProblem;
import com.mallboard.workflow.StageGates;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Makes one realistic product from {@link BeautyVocabulary}, filled in as far as its stage needs: every field a gate
 * it has already passed asks for is there, the fields of its current gate are there unless the caller leaves some
 * out, and a later gate's fields are only sometimes known early. Which fields each gate asks for is read from
 * {@link StageGates#defaults()}, so generated products keep passing the gates when a rule is added.
 */
final class BeautyProductFactory {
    private static final double KNOWN_EARLY = 0.3;
    private static final double OPTIONAL_TAG = 0.3;
    private static final double WITH_INFLUENCER = 0.55;
    private static final double IN_CAMPAIGN = 0.3;
    private static final double WITH_NOTE = 0.4;
    private static final double STUCK = 0.15;
    /**
     * Launch date window in days from today for a product in each stage, in board order: done ones launched. Some
     * sourcing and labeling products launch soon enough that the board flags their launch as at risk.
     */
    private static final int[][] LAUNCH_WINDOW = {{40, 150}, {6, 100}, {-3, 30}, {-7, 21}, {-120, -1}};
    private static final Map<Stage, List<ProductField>> GATE_FIELDS = readGateFields(StageGates.defaults());

    private final Random random;
    private final Instant now;
    private final LocalDate today;

    BeautyProductFactory(Random random, Instant now) {
        this.random = random;
        this.now = now;
        this.today = LocalDate.ofInstant(now, Formats.SEOUL);
    }

    /** The fields the gate on leaving {@code stage} checks, in rule order; empty for the last stage. */
    static List<ProductField> gateFields(Stage stage) {
        return GATE_FIELDS.get(stage);
    }

    /**
     * A product in {@code stage}; {@code serial} numbers its barcode, {@code missing} are fields of the current gate
     * to leave empty (for the shipment gate: not everything shipped yet).
     */
    NewProduct product(String sku, int serial, Stage stage, Category category, Set<ProductField> missing, boolean demo) {
        Set<ProductField> known = knownFields(stage, missing);
        Brand brand = pick(BeautyVocabulary.BRANDS);
        Influencer influencer = chance(WITH_INFLUENCER) ? pick(BeautyVocabulary.INFLUENCERS) : null;
        Set<String> tags = tags(category, influencer);
        String capacity = pick(category.capacities());
        String name = (tags.contains("limited-time") ? BeautyVocabulary.LIMITED_PREFIX : "")
                + pick(category.lines()) + " " + capacity
                + (tags.contains("gift-set") ? BeautyVocabulary.GIFT_SET_SUFFIX : "");
        long price = price(category);
        long cost = price * (18 + random.nextInt(15)) / 100 / 10 * 10;
        String supplier = pick(BeautyVocabulary.SUPPLIERS);
        int ordered = 500 * (2 + random.nextInt(39));
        int shipped = shipped(stage, known.contains(ProductField.SHIPPED_QUANTITY), ordered);
        String barcode = Gtin.ean13("880" + brand.gs1Company() + String.format(Locale.ROOT, "%05d", serial % 100_000));
        ProductDetails details = ProductDetails.builder()
                .sku(sku)
                .name(name)
                .brand(ifKnown(known, BRAND, brand.name()))
                .influencer(influencer == null ? null : influencer.name())
                .category(category.name())
                .launchDate(ifKnown(known, LAUNCH_DATE, launchDate(stage)))
                .priceWon(ifKnown(known, PRICE, price))
                .costWon(ifKnown(known, COST, cost))
                .supplier(ifKnown(known, SUPPLIER, supplier))
                .orderQuantity(ifKnown(known, ORDER_QUANTITY, ordered))
                .shippedQuantity(shipped)
                .stock(stock(shipped))
                .barcode(ifKnown(known, BARCODE, barcode))
                .capacity(ifKnown(known, CAPACITY, capacity))
                .manufacturer(ifKnown(known, MANUFACTURER, supplier))
                .responsibleSeller(ifKnown(known, RESPONSIBLE_SELLER, brand.responsibleSeller()))
                .usagePeriod(ifKnown(known, USAGE_PERIOD, pick(BeautyVocabulary.USAGE_PERIODS)))
                .ingredients(ifKnown(known, INGREDIENTS, category.ingredients()))
                .notes(chance(WITH_NOTE) ? pick(BeautyVocabulary.NOTES) : null)
                .build();
        return new NewProduct(details, tags, stage, demo, stageEnteredAt());
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    private Set<ProductField> knownFields(Stage stage, Set<ProductField> missing) {
        Set<ProductField> known = EnumSet.noneOf(ProductField.class);
        for (Stage gate : Stage.values()) {
            for (ProductField field : gateFields(gate)) {
                boolean passed = gate.isBefore(stage);
                boolean current = gate == stage && !missing.contains(field);
                boolean early = stage.isBefore(gate) && chance(KNOWN_EARLY);
                if (passed || current || early) {
                    known.add(field);
                }
            }
        }
        return known;
    }

    private Set<String> tags(Category category, Influencer influencer) {
        Set<String> tags = new TreeSet<>(category.tags());
        for (String tag : category.optionalTags()) {
            if (chance(OPTIONAL_TAG)) {
                tags.add(tag);
            }
        }
        if (influencer != null) {
            tags.add("influencer:" + influencer.handle());
        }
        if (chance(IN_CAMPAIGN)) {
            tags.add("campaign:" + pick(BeautyVocabulary.CAMPAIGNS));
        }
        return tags;
    }

    /** A shelf price: whole thousands less 100 won, as Korean malls price (23,900). */
    private long price(Category category) {
        int steps = (int) ((category.maxPriceWon() - category.minPriceWon()) / 1_000);
        return category.minPriceWon() + random.nextInt(steps + 1) * 1_000L - 100;
    }

    /** Nothing ships before the shipment stage; in it, an unfinished shipment has sent a part of the order. */
    private int shipped(Stage stage, boolean allShipped, int ordered) {
        if (stage.isBefore(Stage.SHIPMENT)) {
            return 0;
        }
        return allShipped ? ordered : ordered * random.nextInt(10) / 10 / 100 * 100;
    }

    /** What is left to sell of what reached the warehouse; now and then nothing (sold out in the malls). */
    private int stock(int shipped) {
        return shipped == 0 || random.nextInt(8) == 0 ? 0 : shipped * (5 + random.nextInt(40)) / 100;
    }

    private LocalDate launchDate(Stage stage) {
        int[] window = LAUNCH_WINDOW[stage.ordinal()];
        return today.plusDays(window[0] + random.nextInt(window[1] - window[0] + 1));
    }

    /** Most cards moved in the last three weeks; some have been stuck for a month or two. */
    private Instant stageEnteredAt() {
        int days = chance(STUCK) ? 25 + random.nextInt(36) : random.nextInt(22);
        return now.minus(Duration.ofDays(days).plusHours(random.nextInt(24)));
    }

    private static <T> T ifKnown(Set<ProductField> known, ProductField field, T value) {
        return known.contains(field) ? value : null;
    }

    /** Asks each gate what an empty product lacks: that is the list of fields the gate checks. */
    private static Map<Stage, List<ProductField>> readGateFields(StageGates gates) {
        Map<Stage, List<ProductField>> fields = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            Product blank = new Product(0, ProductDetails.builder().build(), stage, Set.of(), false, Instant.EPOCH,
                    Instant.EPOCH, Instant.EPOCH, null, 1);
            fields.put(stage, gates.problemsLeaving(stage, blank).stream().map(GateProblem::field).distinct().toList());
        }
        return fields;
    }
}
