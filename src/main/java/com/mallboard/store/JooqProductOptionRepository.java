package com.mallboard.store;

import static com.mallboard.store.generated.Tables.PRODUCT;
import static com.mallboard.store.generated.Tables.PRODUCT_OPTION;

import com.mallboard.product.ActivityEntry;
import com.mallboard.product.ProductOption;
import com.mallboard.product.ProductOptionRepository;
import com.mallboard.product.StaleProductException;
import java.time.Clock;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Product options; replacing them updates the product's stock and queues its listings, in one transaction. */
public class JooqProductOptionRepository implements ProductOptionRepository {
    private final DSLContext dsl;
    private final Clock clock;

    public JooqProductOptionRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    public List<ProductOption> optionsOf(long productId) {
        return dsl.selectFrom(PRODUCT_OPTION).where(PRODUCT_OPTION.PRODUCT_ID.eq((int) productId))
                .orderBy(PRODUCT_OPTION.POSITION).fetch(r -> new ProductOption(r.getName(), r.getSku(), r.getStock()));
    }

    @Override
    public Map<Long, List<ProductOption>> all() {
        Map<Long, List<ProductOption>> byProduct = new HashMap<>();
        dsl.selectFrom(PRODUCT_OPTION).orderBy(PRODUCT_OPTION.PRODUCT_ID, PRODUCT_OPTION.POSITION)
                .forEach(r -> byProduct.computeIfAbsent(r.getProductId().longValue(), id -> new ArrayList<>())
                        .add(new ProductOption(r.getName(), r.getSku(), r.getStock())));
        return byProduct;
    }

    @Override
    public void replace(long productId, int expectedVersion, List<ProductOption> options, String who) {
        dsl.transaction(cfg -> replaceIn(cfg.dsl(), productId, expectedVersion, options, who));
    }

    /** The product row first, compare-and-set on its version: options are part of the product's one version. */
    private void replaceIn(DSLContext tx, long productId, int expectedVersion, List<ProductOption> options, String who) {
        int stock = options.stream().mapToInt(ProductOption::stock).sum();
        int written = tx.update(PRODUCT).set(PRODUCT.VERSION, expectedVersion + 1)
                .set(PRODUCT.UPDATED_AT, clock.instant().toString())
                .set(PRODUCT.STOCK, options.isEmpty() ? PRODUCT.STOCK : DSL.val(stock))
                .where(PRODUCT.ID.eq((int) productId).and(PRODUCT.VERSION.eq(expectedVersion))).execute();
        if (written == 0) {
            throw new StaleProductException(productId);
        }
        String before = describe(optionsIn(tx, productId));
        tx.deleteFrom(PRODUCT_OPTION).where(PRODUCT_OPTION.PRODUCT_ID.eq((int) productId)).execute();
        int position = 0;
        for (ProductOption option : options) {
            tx.insertInto(PRODUCT_OPTION).set(PRODUCT_OPTION.PRODUCT_ID, (int) productId)
                    .set(PRODUCT_OPTION.POSITION, position++).set(PRODUCT_OPTION.NAME, option.name())
                    .set(PRODUCT_OPTION.SKU, option.sku()).set(PRODUCT_OPTION.STOCK, option.stock()).execute();
        }
        ActivityWriter.insert(tx, List.of(new ActivityEntry(productId, "OPTIONS", before, describe(options),
                clock.instant(), who)));
        OutboxWriter.enqueueListingsOf(tx, productId, clock.instant());
    }

    private static List<ProductOption> optionsIn(DSLContext tx, long productId) {
        return tx.selectFrom(PRODUCT_OPTION).where(PRODUCT_OPTION.PRODUCT_ID.eq((int) productId))
                .orderBy(PRODUCT_OPTION.POSITION).fetch(r -> new ProductOption(r.getName(), r.getSku(), r.getStock()));
    }

    private static String describe(List<ProductOption> options) {
        return options.isEmpty() ? null
                : options.stream().map(o -> o.name() + " (" + o.sku() + ") " + o.stock()).collect(Collectors.joining(", "));
    }

    @Override
    public Optional<Long> productOfOptionSku(String optionSku) {
        return dsl.select(PRODUCT_OPTION.PRODUCT_ID).from(PRODUCT_OPTION).where(PRODUCT_OPTION.SKU.eq(optionSku))
                .fetchOptional(PRODUCT_OPTION.PRODUCT_ID).map(Integer::longValue);
    }
}
