package com.mallboard.sync;

import com.mallboard.product.Product;
import com.mallboard.product.ProductField;
import com.mallboard.product.ProductOptionRepository;
import com.mallboard.product.ProductRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Sends one listing to its mall: creates the product when the mall has none with our SKU as its custom code, updates
 * it only when the content fingerprint changed, and sets stock only when stock changed. An unchanged listing costs no
 * call at all.
 */
final class ListingPusher {
    private final ProductRepository products;
    private final ListingRepository listings;
    private final OutboxRepository outbox;
    private final ProductOptionRepository options;
    private final Clock clock;

    ListingPusher(ProductRepository products, ProductOptionRepository options, ListingRepository listings,
            OutboxRepository outbox, Clock clock) {
        this.products = products;
        this.options = options;
        this.listings = listings;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Returns whether the mall has the listing now; false when nothing could be sent (missing fields). */
    boolean push(OutboxJob job, MallGateway gateway, MallRequirements requirements) {
        long covered = outbox.latestPendingId(JobKind.PUSH_LISTING, job.subjectId());
        Optional<Listing> found = listings.find(job.subjectId());
        Optional<Product> product = found.flatMap(l -> products.find(l.productId()));
        if (product.isEmpty()) {
            outbox.markDone(job.id());
            return true;
        }
        Listing listing = found.get();
        List<ProductField> missing = requirements.missing(product.get().details(), listing.overrides());
        if (!missing.isEmpty()) {
            String fields = missing.stream().map(Enum::name).collect(Collectors.joining(","));
            listings.recordStatus(listing.id(), ListingStatus.INCOMPLETE, fields);
            outbox.markFailed(job.id(), "missing required fields: " + fields);
            return false;
        }
        ListingContent content = ListingContents.of(product.get(), listing.overrides(),
                options.optionsOf(product.get().id()));
        String hash = ListingContents.hash(content);
        long productNo = send(listing, content, hash, gateway);
        listings.recordConfirmed(listing.id(), Math.max(covered, job.id()), productNo, hash,
                ListingContents.stockKey(content), clock.instant());
        return true;
    }

    private long send(Listing listing, ListingContent content, String hash, MallGateway gateway) {
        if (listing.remoteProductNo() == null) {
            return sendFirstTime(content, gateway);
        }
        long productNo = listing.remoteProductNo();
        RemoteProduct updated = null;
        if (!hash.equals(listing.syncedHash())) {
            try {
                updated = gateway.updateProduct(productNo, content);
            } catch (MallCallException e) {
                if (e.status() != 404) {
                    throw e;
                }
                // Deleted in the mall's admin: list it again rather than fail forever.
                return sendFirstTime(content, gateway);
            }
        }
        if (!ListingContents.stockKey(content).equals(listing.syncedStockKey())) {
            RemoteProduct current = updated != null && !updated.variants().isEmpty() ? updated
                    : gateway.fetchProduct(productNo).orElseThrow(() -> gone(productNo));
            StockWriter.write(gateway, current, content);
        }
        return productNo;
    }

    /** Matched by custom product code first, so a create whose reply was lost is found instead of made twice. */
    private static long sendFirstTime(ListingContent content, MallGateway gateway) {
        RemoteProduct remote = gateway.findProductByCode(content.customProductCode()).orElse(null);
        if (remote == null) {
            remote = gateway.createProduct(content);
        } else if (!ListingContents.matches(remote, content)) {
            remote = gateway.updateProduct(remote.productNo(), content);
        }
        RemoteProduct withVariants = remote.variants().isEmpty()
                ? gateway.fetchProduct(remote.productNo()).orElse(remote) : remote;
        if (content.hasOptions() || withVariants.totalStock() != content.stock()) {
            StockWriter.write(gateway, withVariants, content);
        }
        return remote.productNo();
    }

    private static MallCallException gone(long productNo) {
        return new MallCallException(404, "not_found", "product " + productNo + " is no longer in the mall", true);
    }
}
