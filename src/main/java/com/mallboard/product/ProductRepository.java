package com.mallboard.product;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where products live. Every method is atomic: a change and its history lines are written together or not at all.
 * Updates carry the version the caller read; a newer stored version raises {@link StaleProductException}.
 */
public interface ProductRepository {

    Product create(NewProduct product, String who);

    /** Bulk insert in one transaction (demo catalogue, imports, benchmarks). */
    void createAll(Collection<NewProduct> products, String who);

    /** Bulk insert of products with the stages they went through and their actions there, in one transaction. */
    void createWalked(Collection<WalkedProduct> products, String who);

    /** Inserts and updates in one transaction (bulk import): a failure (stale version, duplicate SKU) writes nothing. */
    void saveAll(Collection<NewProduct> inserts, Collection<ProductUpdate> updates, String who);

    Product update(long id, int expectedVersion, ProductDetails details, java.util.Set<String> tags,
            List<ActivityEntry> changes);

    Product changeStage(long id, int expectedVersion, StageMove move);

    void moveToTrash(long id, Instant at, String who);

    void restoreFromTrash(long id, String who);

    /** Removes a trashed product for good. */
    void purge(long id);

    Optional<Product> find(long id);

    boolean skuExists(String sku, long exceptId);

    List<Product> findActive();

    /**
     * The first {@code limit} active products of each stage in board order (launch date, undated last, then SKU):
     * enough to fill the screen while the whole board loads.
     */
    List<Product> findActiveFirst(int limit);

    /** Active products per stage, without reading them. */
    java.util.Map<Stage, Integer> countActiveByStage();

    List<Product> findTrashed();

    List<String> allTags();

    List<StageMove> stageHistory(long productId);

    /** Every stage move of every product, oldest first (cycle times, launch-risk estimates). */
    List<StageMove> allStageMoves();

    List<ActivityEntry> activity(long productId);

    int countDemoProducts();

    int deleteDemoProducts();
}
