package com.mallboard.product.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.SameThreadTaskExecutor;
import com.mallboard.product.Product;
import com.mallboard.store.TestStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrashViewModelTest {
    @TempDir
    Path folder;

    private final Messages messages = new Messages(Locale.KOREAN);
    private final AtomicInteger changes = new AtomicInteger();
    private TestStore store;
    private TrashViewModel trash;
    private Product older;
    private Product newer;

    @BeforeEach
    void trashTwoProducts() {
        store = TestStore.open(folder);
        older = store.createDraft("OLD-1", "예전 토너");
        newer = store.createDraft("NEW-1", "새 선크림");
        store.createDraft("KEEP-1", "그대로 있는 앰플");
        store.products().moveToTrash(older.id());
        store.clock().advance(Duration.ofHours(3));
        store.products().moveToTrash(newer.id());
        trash = new TrashViewModel(store.products(), new SameThreadTaskExecutor(), messages,
                new Formats(Formats.SEOUL, Locale.KOREAN), changes::incrementAndGet);
        trash.load();
    }

    @Test
    void theTrashListsTrashedProductsMostRecentlyTrashedFirst() {
        assertThat(trash.rows()).extracting(TrashViewModel.Row::sku).containsExactly("NEW-1", "OLD-1");
        assertThat(trash.rows().get(0).trashedAt()).isEqualTo("2026-11-25 13:00");
        assertThat(trash.canActProperty().get()).isFalse();
    }

    @Test
    void restoringPutsTheProductBackAndTellsTheBoard() {
        trash.selectedProperty().set(trash.rows().get(1));

        trash.restoreSelected();

        assertThat(store.reload(older).inTrash()).isFalse();
        assertThat(trash.rows()).extracting(TrashViewModel.Row::sku).containsExactly("NEW-1");
        assertThat(changes).hasValue(1);
    }

    @Test
    void deletingForeverRemovesOnlyTheSelectedProduct() {
        trash.selectedProperty().set(trash.rows().get(0));

        trash.purgeSelected();

        assertThat(store.productRepository().find(newer.id())).isEmpty();
        assertThat(store.productRepository().find(older.id())).isPresent();
        assertThat(trash.rows()).extracting(TrashViewModel.Row::sku).containsExactly("OLD-1");
        assertThat(changes).hasValue(1);
    }

    @Test
    void theQuestionBeforeDeletingNamesTheProduct() {
        assertThat(trash.purgeQuestion(trash.rows().get(0))).startsWith("NEW-1 “새 선크림”");
    }
}
