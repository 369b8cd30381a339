package com.mallboard.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mallboard.product.InvalidOptionsException;
import com.mallboard.product.Product;
import com.mallboard.product.ProductOption;
import com.mallboard.product.ProductOptionService;
import com.mallboard.product.Stage;
import com.mallboard.store.TestStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lip tint in three shades: one product in Mallboard, one variant per shade in the mall. */
class OptionsSyncTest {
    @TempDir
    Path folder;
    private SyncFixture fx;
    private ProductOptionService options;
    private Product tint;

    @BeforeEach
    void openStore() {
        fx = new SyncFixture(folder);
        options = new ProductOptionService(fx.store.options(), fx.store.productRepository(), TestStore.USER);
        tint = fx.store.createAt(Stage.SHIPMENT, TestStore.completeDetails("ROM-TINT").toBuilder()
                .name("롬앤 쥬시 래스팅 틴트").build());
        tint = options.save(tint, List.of(new ProductOption("01 코랄", "ROM-TINT-01", 30),
                new ProductOption("02 로즈", "ROM-TINT-02", 0), new ProductOption("03 체리", "ROM-TINT-03", 12)));
        fx.listings.save(tint.id(), fx.mall().id(), ListingOverrides.NONE);
    }

    private RemoteProduct inTheMall() {
        return fx.remote.products.values().iterator().next();
    }

    @Test
    void theMallGetsOneVariantPerOptionWithOurSkuAndStock() {
        fx.syncNow();

        assertThat(inTheMall().variants()).extracting(RemoteVariant::optionValue, RemoteVariant::customVariantCode,
                RemoteVariant::stock).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("01 코랄", "ROM-TINT-01", 30),
                        org.assertj.core.groups.Tuple.tuple("02 로즈", "ROM-TINT-02", 0),
                        org.assertj.core.groups.Tuple.tuple("03 체리", "ROM-TINT-03", 12));
        assertThat(fx.store.reload(tint).details().stock()).as("the product's stock is the options' sum").isEqualTo(42);
    }

    @Test
    void oneShadesNewStockIsOneVariantCallAndNothingElse() {
        fx.syncNow();
        fx.remote.calls.clear();

        options.save(fx.store.reload(tint), List.of(new ProductOption("01 코랄", "ROM-TINT-01", 30),
                new ProductOption("02 로즈", "ROM-TINT-02", 50), new ProductOption("03 체리", "ROM-TINT-03", 12)));
        fx.syncNow();

        assertThat(fx.remote.calls).containsExactly("fetch", "variants", "orders");
        assertThat(inTheMall().variants().get(1).stock()).isEqualTo(50);
        fx.remote.calls.clear();
        fx.syncNow();
        assertThat(fx.remote.calls).as("unchanged: no product call").containsExactly("orders");
    }

    @Test
    void anOrderForAShadeIsMatchedByTheOptionSku() {
        fx.syncNow();
        Receiver receiver = new Receiver("김민지", null, "010-1234-5678", "06236", "서울", null, null);
        fx.remote.orders.add(new RemoteOrder("20261126-0000001", fx.store.clock().instant().minus(Duration.ofMinutes(5)),
                true, false, 12_000, "김민지", receiver, List.of(new RemoteOrderItem("20261126-0000001-01", "ROM-TINT",
                        "롬앤 쥬시 래스팅 틴트", "02 로즈", 1, 12_000, "N10", null, null, "ROM-TINT-02"))));

        assertThat(fx.syncNow().orders().unmatchedLines()).isZero();

        assertThat(fx.store.orders().recent(1).get(0).items().get(0).productId()).isEqualTo(tint.id());
    }

    @Test
    void shadesThatDifferFromTheMallsOptionsStopThePushWithTheReason() {
        fx.syncNow();
        options.save(fx.store.reload(tint), List.of(new ProductOption("01 코랄", "ROM-TINT-01", 30),
                new ProductOption("04 베리", "ROM-TINT-04", 5)));

        MallSyncResult result = fx.syncNow();

        assertThat(result.drain().failed()).isEqualTo(1);
        Listing listing = fx.store.listings().listingsOf(tint.id()).get(0);
        assertThat(listing.problem()).contains("04 베리").contains("admin");
    }

    @Test
    void badOptionsAreRefusedWithAReasonAndNothingIsSaved() {
        Product other = fx.store.createAt(Stage.PLANNING, TestStore.completeDetails("ROM-BALM"));

        assertThatThrownBy(() -> options.save(other, List.of(new ProductOption("01", "ROM-TINT-01", 1),
                new ProductOption("01", "ROM-TINT", 1), new ProductOption(" ", "X", -1))))
                .isInstanceOfSatisfying(InvalidOptionsException.class, e -> assertThat(e.messageKeys())
                        .containsExactlyInAnyOrder("option.sku.taken", "option.duplicate.name", "option.invalid.name",
                                "option.invalid.stock"));
        assertThat(options.options(other.id())).isEmpty();
    }
}
