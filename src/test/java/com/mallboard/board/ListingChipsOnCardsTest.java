package com.mallboard.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.store.TestStore;
import com.mallboard.sync.ListingChip;
import com.mallboard.sync.ListingOverrides;
import com.mallboard.sync.ListingStatus;
import com.mallboard.sync.Mall;
import com.mallboard.sync.Platform;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListingChipsOnCardsTest {
    @TempDir
    Path folder;

    private TestStore store;
    private Mall glow;
    private Mall daily;

    @BeforeEach
    void open() {
        store = TestStore.open(folder);
        glow = store.malls().add(new Mall(0, Platform.CAFE24, "glowmall", 1, "글로우몰", "2025-12-01", null, "c", true,
                false, 0));
        daily = store.malls().add(new Mall(0, Platform.CAFE24, "dailybeauty", 1, "데일리뷰티", "2025-12-01", null, "c",
                true, false, 0));
    }

    @Test
    void everyWayTheBoardReadsCardsCarriesTheirMallChips() {
        Product listed = store.createAt(Stage.SHIPMENT, TestStore.completeDetails("TOR-100"));
        Product unlisted = store.createAt(Stage.SHIPMENT, TestStore.completeDetails("TOR-200"));
        store.listings().save(listed.id(), glow.id(), ListingOverrides.NONE);
        long failing = store.listings().save(listed.id(), daily.id(), ListingOverrides.NONE).id();
        store.listings().recordStatus(failing, ListingStatus.FAILED, "HTTP 422: product_name is too long");

        BoardCard loaded = card(store.board().loadCards(), listed);
        BoardCard previewed = card(store.board().loadPreview(40).cards(), listed);
        BoardCard refreshed = store.board().findCard(listed.id()).orElseThrow();

        for (BoardCard card : new BoardCard[] {loaded, previewed, refreshed}) {
            assertThat(card.listings()).extracting(ListingChip::mallName).containsExactly("글로우몰", "데일리뷰티");
            assertThat(card.listings()).extracting(ListingChip::status)
                    .containsExactly(ListingStatus.PENDING, ListingStatus.FAILED);
            assertThat(card.listings().get(1).problem()).contains("too long");
        }
        assertThat(card(store.board().loadCards(), unlisted).listings()).isEmpty();
    }

    @Test
    void aBoardWithoutSyncHasCardsWithoutChips() {
        Product listed = store.createAt(Stage.SHIPMENT, TestStore.completeDetails("TOR-100"));
        store.listings().save(listed.id(), glow.id(), ListingOverrides.NONE);
        BoardService plain = new BoardService(store.productRepository(), store.checklistRepository(), store.gates(),
                store.clock());

        assertThat(plain.loadCards().get(0).listings()).isEmpty();
    }

    private static BoardCard card(java.util.List<BoardCard> cards, Product product) {
        return cards.stream().filter(c -> c.id() == product.id()).findFirst().orElseThrow();
    }
}
