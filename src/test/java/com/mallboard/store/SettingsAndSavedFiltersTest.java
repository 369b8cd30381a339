package com.mallboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.board.BoardFilter;
import com.mallboard.board.SavedFilter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsAndSavedFiltersTest {
    @TempDir
    Path folder;

    private TestStore store;

    @BeforeEach
    void openStore() {
        store = TestStore.open(folder);
    }

    @Test
    void aSettingReadsBackAsStoredAndCanBeChanged() {
        assertThat(store.settings().get("ui.language")).isEmpty();

        store.settings().put("ui.language", "ko");
        store.settings().put("ui.language", "en");
        store.settings().put("board.title", "신상품 보드");

        assertThat(store.settings().get("ui.language")).contains("en");
        assertThat(store.settings().get("board.title")).contains("신상품 보드");
    }

    @Test
    void settingsSurviveReopeningTheDataFolder() {
        store.settings().put("board.title", "신상품 보드");

        TestStore reopened = TestStore.open(folder);

        assertThat(reopened.settings().get("board.title")).contains("신상품 보드");
    }

    @Test
    void aSavedFilterWithKoreanTextComesBackUnchanged() {
        BoardFilter filter = new BoardFilter("토리든 #선크림", "여름", "Torriden", "뷰티소라", true);

        store.savedFilters().save(new SavedFilter("여름 선케어", filter));

        assertThat(store.savedFilters().all()).containsExactly(new SavedFilter("여름 선케어", filter));
    }

    @Test
    void aSavedOpenOrdersFilterComesBackWithOrdersOnly() {
        BoardFilter filter = new BoardFilter("", null, "Torriden", null, false, true);

        store.savedFilters().save(new SavedFilter("출고 대기", filter));

        assertThat(store.savedFilters().all()).extracting(SavedFilter::filter).containsExactly(filter);
    }

    @Test
    void aSavedLaunchAtRiskFilterComesBackWithRiskOnlyAndOlderSavedFiltersStillRead() {
        BoardFilter filter = new BoardFilter("", "sunscreen", null, null, false, false, true);

        store.savedFilters().save(new SavedFilter("출시 위험 선크림", filter));

        assertThat(store.savedFilters().all()).extracting(SavedFilter::filter).containsExactly(filter);
        assertThat(JooqSavedFilterRepository.encode(filter)).isEqualTo("tag=sunscreen&risk=true");
        assertThat(JooqSavedFilterRepository.decode("brand=Torriden&orders=true"))
                .as("a filter saved before the risk filter existed")
                .isEqualTo(new BoardFilter("", null, "Torriden", null, false, true, false));
    }

    @Test
    void filterTextWithQueryCharactersRoundTrips() {
        BoardFilter filter = new BoardFilter("a&b=c 100% +plus", null, "R&D", null, false);

        store.savedFilters().save(new SavedFilter("odd", filter));

        assertThat(store.savedFilters().all()).extracting(SavedFilter::filter).containsExactly(filter);
    }

    @Test
    void anEmptyFilterRoundTripsAsNoFilter() {
        store.savedFilters().save(new SavedFilter("all", BoardFilter.NONE));

        assertThat(store.savedFilters().all()).singleElement()
                .satisfies(saved -> assertThat(saved.filter().isEmpty()).isTrue());
    }

    @Test
    void savingUnderAnExistingNameReplacesThatFilter() {
        store.savedFilters().save(new SavedFilter("Torriden", BoardFilter.NONE.withText("torriden")));
        BoardFilter newer = new BoardFilter("", null, "Torriden", null, true);

        store.savedFilters().save(new SavedFilter("Torriden", newer));

        assertThat(store.savedFilters().all()).containsExactly(new SavedFilter("Torriden", newer));
    }

    @Test
    void savedFiltersAreListedByNameAndCanBeDeleted() {
        store.savedFilters().save(new SavedFilter("b-brand", BoardFilter.NONE.withText("b")));
        store.savedFilters().save(new SavedFilter("a-late", BoardFilter.NONE.withText("a")));
        store.savedFilters().save(new SavedFilter("c-tag", BoardFilter.NONE.withText("c")));

        store.savedFilters().delete("b-brand");

        assertThat(store.savedFilters().all()).extracting(SavedFilter::name).containsExactly("a-late", "c-tag");
    }
}
