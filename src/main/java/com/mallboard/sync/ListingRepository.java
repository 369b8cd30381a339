package com.mallboard.sync;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which products are listed on which malls. Every method that changes what a mall should show queues a
 * {@link JobKind#PUSH_LISTING} job in the same transaction (the transactional outbox), so a change can never be saved
 * without also being on its way to the mall.
 */
public interface ListingRepository {

    List<Listing> listingsOf(long productId);

    Optional<Listing> find(long listingId);

    /** Lists the product on the mall (or changes its overrides) whatever is stored, and queues the push (set-up, imports). */
    Listing save(long productId, long mallRef, ListingOverrides overrides);

    /**
     * A user's edit: lists the product ({@code expectedVersion} 0: it must not be listed yet) or changes the overrides
     * of the listing read at {@code expectedVersion}, and queues the push. Anything else stored raises
     * {@link StaleListingException} and writes nothing.
     */
    Listing save(long productId, long mallRef, ListingOverrides overrides, int expectedVersion);

    /** Lists many products on one mall with the master's values; returns how many were newly listed. */
    int listAll(Collection<Long> productIds, long mallRef);

    /** Forgets what the mall confirmed so the next push sends everything again (drift: "overwrite the mall"). */
    void forcePush(long listingId);

    /**
     * The mall confirmed the content: the listing is synced and every push job for it up to {@code coveredJobId} is
     * done (later jobs carry edits made after the product was read), in one transaction.
     */
    void recordConfirmed(long listingId, long coveredJobId, long remoteProductNo, String hash, String stockKey,
            Instant at);

    void recordStatus(long listingId, ListingStatus status, String problem);

    /** Listing chips for the board: product id to its chips, for every product with a listing. */
    Map<Long, List<ListingChip>> allChips();

    Map<Long, List<ListingChip>> chipsOf(Collection<Long> productIds);
}
