package com.mallboard.sync.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.SameThreadTaskExecutor;
import com.mallboard.product.Product;
import com.mallboard.sync.ListingOverrides;
import com.mallboard.sync.Mall;
import com.mallboard.sync.Platform;
import com.mallboard.sync.SyncFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MallListingsViewModelTest {
    @TempDir
    Path folder;

    private SyncFixture fx;
    private Product product;
    private MallListingsViewModel model;

    @BeforeEach
    void open() {
        fx = new SyncFixture(folder);
        product = fx.product("TOR-100", "토리든 다이브인 선크림");
        model = new MallListingsViewModel(fx.listings, fx.malls, new SameThreadTaskExecutor(), fx.messages, product);
    }

    @Test
    void thereIsOneRowPerMallListedOrNot() {
        Mall daily = fx.store.malls().add(new Mall(0, Platform.CAFE24, "dailybeauty", 1, "데일리뷰티", "2025-12-01",
                null, "c", true, false, 0));
        fx.listings.save(product.id(), daily.id(), new ListingOverrides("데일리 단독", null, true, true));

        model.load();

        assertThat(model.rows()).extracting(r -> r.mall().displayName()).containsExactly("글로우몰", "데일리뷰티");
        assertThat(model.rows().get(0).listedProperty().get()).isFalse();
        assertThat(model.rows().get(1).nameProperty().get()).isEqualTo("데일리 단독");
    }

    @Test
    void onlyChangedRowsAreSavedSoUnchangedListingsQueueNothing() {
        fx.listings.save(product.id(), fx.mall().id(), new ListingOverrides(null, 24_900L, true, true));
        fx.syncNow();
        model.load();

        model.save();

        assertThat(model.messageProperty().get()).isEqualTo(fx.messages.get("listing.saved.nothing"));
        assertThat(fx.store.outbox().pendingCount(fx.mall().id())).isZero();

        model.rows().get(0).priceProperty().set("₩23,900");
        model.save();
        assertThat(fx.listings.listingsOf(product.id()).get(0).overrides().priceWon()).isEqualTo(23_900L);
        assertThat(fx.store.outbox().pendingCount(fx.mall().id())).isEqualTo(1);
    }

    @Test
    void anEmptyNameOrPriceMeansTheMastersValue() {
        ListingRow row = new ListingRow(fx.mall(), null);
        row.listedProperty().set(true);
        row.nameProperty().set("   ");

        assertThat(row.overrides()).isEqualTo(ListingOverrides.NONE);
        row.priceProperty().set("0");
        assertThat(row.priceValid()).isFalse();
        row.priceProperty().set("12,000원");
        assertThat(row.overrides().priceWon()).isEqualTo(12_000L);
    }

    @Test
    void aRowSomeoneElseChangedMeanwhileIsNotSavedAndShowsTheirValues() {
        Mall daily = fx.store.malls().add(new Mall(0, Platform.CAFE24, "dailybeauty", 1, "데일리뷰티", "2025-12-01",
                null, "c", true, false, 0));
        fx.listings.save(product.id(), fx.mall().id(), new ListingOverrides(null, 24_900L, true, true));
        model.load();
        var glowRead = fx.listings.listingsOf(product.id()).get(0);
        fx.listings.save(product.id(), fx.mall().id(), new ListingOverrides("[단독] 선크림", 24_900L, true, true),
                glowRead.version());
        fx.listings.save(product.id(), daily.id(), new ListingOverrides("데일리 단독", null, true, true), 0);

        model.rows().get(0).priceProperty().set("23,900");
        model.rows().get(1).listedProperty().set(true);
        model.rows().get(1).nameProperty().set("내가 정한 이름");
        model.save();

        assertThat(model.errorProperty().get()).isEqualTo(fx.messages.get("listing.stale", "글로우몰, 데일리뷰티"));
        assertThat(fx.listings.listingsOf(product.id())).extracting(l -> l.overrides().name(),
                l -> l.overrides().priceWon()).containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(
                "[단독] 선크림", 24_900L), org.assertj.core.groups.Tuple.tuple("데일리 단독", null));
        assertThat(model.rows().get(0).nameProperty().get()).isEqualTo("[단독] 선크림");
        assertThat(model.rows().get(0).priceProperty().get()).isEqualTo("24,900");

        model.rows().get(0).priceProperty().set("23,900");
        model.save();
        assertThat(fx.listings.listingsOf(product.id()).get(0).overrides())
                .isEqualTo(new ListingOverrides("[단독] 선크림", 23_900L, true, true));
        assertThat(model.errorProperty().get()).isEmpty();
    }
}
