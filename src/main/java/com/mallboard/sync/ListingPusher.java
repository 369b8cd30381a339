package com.mallboard.sync;

import com.mallboard.product.Product;
import com.mallboard.product.ProductField;
import com.mallboard.product.ProductRepository;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
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
    private final Clock clock;

    ListingPusher(ProductRepository products, ListingRepository listings, OutboxRepository outbox, Clock clock) {
        this.products = products;
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
        ListingContent content = ListingContents.of(product.get(), listing.overrides());
        String hash = ListingContents.hash(content);
        long productNo = send(listing, content, hash, gateway);
        listings.recordConfirmed(listing.id(), Math.max(covered, job.id()), productNo, hash, content.stock(),
                clock.instant());
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
        if (!Objects.equals(listing.syncedStock(), content.stock())) {
            RemoteProduct current = updated != null && !updated.variants().isEmpty() ? updated
                    : gateway.fetchProduct(productNo).orElseThrow(() -> gone(productNo));
            setStock(gateway, current, content.stock());
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
        if (remote.variants().isEmpty() || remote.totalStock() != content.stock()) {
            RemoteProduct withVariants = remote.variants().isEmpty()
                    ? gateway.fetchProduct(remote.productNo()).orElse(remote) : remote;
            setStock(gateway, withVariants, content.stock());
        }
        return remote.productNo();
    }

    /**
     * Mallboard keeps one stock per product. A mall product with several options (made in the mall's admin) would get
     * that whole stock on every option and oversell, so it is refused with a reason instead.
     */
    private static void setStock(MallGateway gateway, RemoteProduct product, int stock) {
        if (product.variants().size() > 1) {
            throw new MallCallException(0, "options", "the mall's product " + product.productNo() + " has "
                    + product.variants().size() + " options; Mallboard keeps one stock per product, so set the "
                    + "options' stock in the mall", false);
        }
        gateway.updateStock(product, stock);
    }

    private static MallCallException gone(long productNo) {
        return new MallCallException(404, "not_found", "product " + productNo + " is no longer in the mall", true);
    }
}
