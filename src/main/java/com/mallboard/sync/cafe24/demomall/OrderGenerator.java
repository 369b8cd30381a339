package com.mallboard.sync.cafe24.demomall;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Makes the random but realistic orders of a demo mall from a seeded {@link Random}, so a seed replays a story. */
final class OrderGenerator {

    /** Share of orders that carry one extra line the catalogue does not know. */
    private static final double UNKNOWN_LINE_SHARE = 0.1;

    private final Random random;

    OrderGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** A buyer who mostly ships to themselves and sometimes sends a gift (another name, another phone). */
    OrderPeople people() {
        String memberId = pick(KoreanSamples.MEMBER_PREFIXES) + digits(4);
        String buyer = name();
        String buyerPhone = cellphone();
        boolean gift = random.nextInt(5) == 0;
        String[] address = pick(KoreanSamples.ADDRESSES);
        return new OrderPeople(memberId, buyer, memberId + "@" + pick(KoreanSamples.EMAIL_DOMAINS), buyerPhone,
                gift ? name() : buyer, random.nextInt(4) == 0 ? "02-" + digits(3) + "-" + digits(4) : "",
                gift ? cellphone() : buyerPhone, address[0], address[1], pick(KoreanSamples.ADDRESS_DETAILS),
                pick(KoreanSamples.SHIPPING_MESSAGES));
    }

    /** One to three lines over distinct products, sometimes with an extra line of something the catalogue lacks. */
    List<MallOrderItem.Line> lines(List<MallProduct> candidates) {
        List<MallProduct> pool = new ArrayList<>(candidates);
        int count = Math.min(pool.size(), 1 + random.nextInt(3));
        List<MallOrderItem.Line> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            MallProduct product = pool.remove(random.nextInt(pool.size()));
            lines.add(lineFor(product, variant(product), quantity()));
        }
        if (random.nextDouble() < UNKNOWN_LINE_SHARE) {
            String[] item = pick(KoreanSamples.MALL_ONLY_ITEMS);
            lines.add(MallOrderItem.Line.unknown(item[0], item[1], Long.parseLong(item[2]), 1));
        }
        return lines;
    }

    static MallOrderItem.Line lineFor(MallProduct product, MallVariant variant, int quantity) {
        return new MallOrderItem.Line(product.productNo, product.productCode, variant.variantCode,
                product.customProductCode, product.name, product.price, quantity, variant.customVariantCode,
                variant.optionValue());
    }

    /**
     * A random variant, preferring those in stock. A product with one variant draws no number, so the stories of
     * malls without options stay as they were before products had options.
     */
    private MallVariant variant(MallProduct product) {
        if (product.variants.size() == 1) {
            return product.variants.get(0);
        }
        List<MallVariant> inStock = product.variants.stream().filter(v -> !v.soldOut()).toList();
        List<MallVariant> pool = inStock.isEmpty() ? product.variants : inStock;
        return pool.get(random.nextInt(pool.size()));
    }

    /** Mostly one of a thing, sometimes two or three (a gift, a refill). */
    private int quantity() {
        int roll = random.nextInt(10);
        return roll < 7 ? 1 : roll < 9 ? 2 : 3;
    }

    private String name() {
        return pick(KoreanSamples.SURNAMES) + pick(KoreanSamples.GIVEN_NAMES);
    }

    private String cellphone() {
        return "010-" + digits(4) + "-" + digits(4);
    }

    private String digits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
