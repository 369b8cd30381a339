package com.mallboard.sync;

import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.ProductDetailsBuilder;
import com.mallboard.product.ProductOptionRepository;
import com.mallboard.product.ProductRepository;
import com.mallboard.product.ProductService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the product editor and the board ask about listings: where a product is listed, with which overrides, and how
 * the mall's copy compares with the master (drift), with the two ways out: overwrite the mall or take its values.
 */
public final class ListingService {
    private final ListingRepository listings;
    private final MallRepository malls;
    private final ProductRepository products;
    private final ProductOptionRepository options;
    private final ProductService productService;
    private final Map<Platform, MallGatewayFactory> gateways;

    public ListingService(ListingRepository listings, MallRepository malls, ProductRepository products,
            ProductOptionRepository options, ProductService productService, Map<Platform, MallGatewayFactory> gateways) {
        this.listings = listings;
        this.malls = malls;
        this.products = products;
        this.options = options;
        this.productService = productService;
        this.gateways = Map.copyOf(gateways);
    }

    public List<Listing> listingsOf(long productId) {
        return listings.listingsOf(productId);
    }

    public Listing save(long productId, long mallRef, ListingOverrides overrides) {
        return listings.save(productId, mallRef, overrides);
    }

    /** A user's edit of the listing read at {@code expectedVersion} (0: not listed yet); see {@link StaleListingException}. */
    public Listing save(long productId, long mallRef, ListingOverrides overrides, int expectedVersion) {
        return listings.save(productId, mallRef, overrides, expectedVersion);
    }

    public int listAll(Collection<Long> productIds, long mallRef) {
        return listings.listAll(productIds, mallRef);
    }

    public Map<Long, List<ListingChip>> allChips() {
        return listings.allChips();
    }

    public Map<Long, List<ListingChip>> chipsOf(Collection<Long> productIds) {
        return listings.chipsOf(productIds);
    }

    /** Reads the mall's copy (one call) and lines it up against what we would send; marks the listing if they differ. */
    public DriftReport drift(long listingId) {
        Listing listing = listings.find(listingId).orElseThrow(() -> new IllegalArgumentException("no listing"));
        Product product = products.find(listing.productId()).orElseThrow();
        Mall mall = malls.find(listing.mallRef()).orElseThrow();
        ListingContent ours = ListingContents.of(product, listing.overrides(), options.optionsOf(product.id()));
        Optional<RemoteProduct> remote;
        try (MallGateway gateway = gateways.get(mall.platform()).open(mall)) {
            remote = listing.remoteProductNo() == null ? gateway.findProductByCode(ours.customProductCode())
                    : gateway.fetchProduct(listing.remoteProductNo());
        }
        DriftReport report = new DriftReport(listing, ours, remote, compare(ours, remote.orElse(null)));
        if (report.drifted() && listing.status() == ListingStatus.SYNCED) {
            listings.recordStatus(listingId, ListingStatus.DRIFT, null);
        }
        return report;
    }

    private static List<DriftField> compare(ListingContent ours, RemoteProduct mall) {
        List<DriftField> fields = new ArrayList<>();
        fields.add(field("name", ours.name(), mall == null ? null : mall.name()));
        fields.add(field("price", ours.priceWon(), mall == null ? null : mall.priceWon()));
        fields.add(field("supplyPrice", ours.supplyPriceWon(), mall == null ? null : mall.supplyPriceWon()));
        fields.add(field("display", ours.display(), mall == null ? null : mall.display()));
        fields.add(field("selling", ours.selling(), mall == null ? null : mall.selling()));
        fields.add(field("stock", ours.stock(), mall == null ? null : mall.totalStock()));
        return fields;
    }

    private static DriftField field(String name, Object ours, Object mall) {
        String oursText = ours == null ? null : ours.toString();
        String mallText = mall == null ? null : mall.toString();
        return new DriftField(name, oursText, mallText, !Objects.equals(oursText, mallText));
    }

    /** The master wins: the next sync sends everything to the mall again. */
    public void overwriteMall(long listingId) {
        listings.forcePush(listingId);
    }

    /**
     * The mall wins: each value goes back where this mall's content comes from. A name or price this listing overrides
     * updates the override; otherwise the master takes it (and the other malls follow at their next sync). Supply
     * price and stock always live in the master; display and selling always belong to the listing.
     */
    public void takeMallValues(DriftReport report) {
        RemoteProduct mall = report.remote().orElseThrow(() -> new IllegalStateException("the mall has no copy"));
        Listing listing = report.listing();
        ListingOverrides overrides = listing.overrides();
        Product product = products.find(listing.productId()).orElseThrow();
        ProductDetails master = product.details();
        // With options the stock is per option (Mallboard's options are the truth); without, the mall's total is taken.
        int stock = options.optionsOf(product.id()).isEmpty() ? mall.totalStock() : master.stock();
        ProductDetailsBuilder updated = master.toBuilder().stock(stock);
        if (overrides.name() == null) {
            updated.name(mall.name());
        }
        if (overrides.priceWon() == null) {
            updated.priceWon(mall.priceWon());
        }
        if (mall.supplyPriceWon() != null) {
            updated.costWon(mall.supplyPriceWon());
        }
        ProductDetails taken = updated.build();
        if (!taken.equals(master)) {
            productService.update(product, taken, product.tags());
        }
        listings.save(listing.productId(), listing.mallRef(), new ListingOverrides(
                overrides.name() == null ? null : mall.name(), overrides.priceWon() == null ? null : mall.priceWon(),
                mall.display(), mall.selling()), listing.version());
    }
}
