package com.mallboard.sync;

import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.ProductOption;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Turns a master product and a listing's overrides into what the mall should show, and fingerprints it. */
public final class ListingContents {

    private ListingContents() {
    }

    /** A trashed product stays on the mall, hidden and not for sale, so its orders and reviews survive. */
    public static ListingContent of(Product product, ListingOverrides overrides) {
        return of(product, overrides, List.of());
    }

    /** With options, the mall sells one variant per option; the product's stock is their sum. */
    public static ListingContent of(Product product, ListingOverrides overrides, List<ProductOption> options) {
        ProductDetails d = product.details();
        boolean live = !product.inTrash();
        String name = overrides.name() != null ? overrides.name() : d.name();
        long price = overrides.priceWon() != null ? overrides.priceWon() : valueOr(d.priceWon());
        String summary = Stream.of(d.brand(), d.capacity()).filter(s -> s != null).reduce((a, b) -> a + " · " + b)
                .orElse(null);
        List<String> tags = product.tags().stream().sorted().toList();
        return new ListingContent(d.sku(), name, price, d.costWon(), live && overrides.display(),
                live && overrides.selling(), summary, d.stock(), tags,
                options.stream().map(o -> new OptionContent(o.name(), o.sku(), o.stock())).toList());
    }

    /**
     * A fingerprint of everything but stock: stock changes often and costs its own call, so it is compared apart.
     * Fields are joined with a separator that cannot occur in them unescaped.
     */
    public static String hash(ListingContent c) {
        String canonical = String.join("\u001f", c.customProductCode(), c.name(), Long.toString(c.priceWon()),
                String.valueOf(c.supplyPriceWon()), Boolean.toString(c.display()), Boolean.toString(c.selling()),
                String.valueOf(c.summary()), String.join("\u001e", c.tags()));
        if (c.hasOptions()) {
            // Only with options, so listings confirmed before options existed keep their fingerprints.
            canonical += "\u001f" + c.options().stream().map(o -> o.name() + "\u001d" + o.sku())
                    .collect(Collectors.joining("\u001e"));
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** What the mall must show as stock: the total, or every option's SKU and stock in order. */
    public static String stockKey(ListingContent c) {
        if (!c.hasOptions()) {
            return Integer.toString(c.stock());
        }
        return c.options().stream().map(o -> o.sku() + "=" + o.stock()).collect(Collectors.joining(";"));
    }

    /** Whether the mall's copy shows what we would send (for a product found by its code after a lost reply). */
    public static boolean matches(RemoteProduct remote, ListingContent c) {
        return remote.name().equals(c.name()) && remote.priceWon() == c.priceWon()
                && remote.display() == c.display() && remote.selling() == c.selling()
                && java.util.Objects.equals(remote.supplyPriceWon(), c.supplyPriceWon());
    }

    private static long valueOr(Long won) {
        return won == null ? 0 : won;
    }
}
