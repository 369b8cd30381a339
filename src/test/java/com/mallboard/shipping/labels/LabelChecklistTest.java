package com.mallboard.shipping.labels;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.ActivityEntry;
import com.mallboard.product.ChecklistAction;
import com.mallboard.product.Product;
import com.mallboard.product.ProductService;
import com.mallboard.product.Stage;
import com.mallboard.store.TestStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelChecklistTest {
    @TempDir
    Path folder;

    private TestStore store;
    private ProductService products;

    @BeforeEach
    void openStore() {
        store = TestStore.open(folder);
        products = store.products();
    }

    @Test
    void printingTicksTheExistingLabelingActionWhateverItsLanguageAndLogsIt() {
        Product toner = store.createAt(Stage.LABELING, LabelSamples.toner());
        ChecklistAction english = products.addAction(toner.id(), "print product labels", Stage.LABELING, null);
        products.addAction(toner.id(), "Check the artwork", Stage.LABELING, null);

        new LabelChecklist(products, LabelChecklist.TITLE_KO).markPrinted(List.of(toner.id()));

        List<ChecklistAction> actions = products.checklist(toner.id());
        assertThat(actions).hasSize(2);
        assertThat(actions).filteredOn(a -> a.id() == english.id()).singleElement()
                .satisfies(a -> assertThat(a.done()).isTrue());
        assertThat(actions).filteredOn(a -> a.id() != english.id()).singleElement()
                .satisfies(a -> assertThat(a.done()).isFalse());
        assertThat(products.activity(toner.id())).extracting(ActivityEntry::field, ActivityEntry::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CHECKLIST", LabelChecklist.TITLE_KO));
    }

    @Test
    void aProductWithoutTheActionGetsItAddedTickedInTheUsersLanguage() {
        Product cushion = store.createAt(Stage.SOURCING, LabelSamples.cushion());

        new LabelChecklist(products, LabelChecklist.TITLE_EN).markPrinted(List.of(cushion.id()));

        assertThat(products.checklist(cushion.id())).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Print product labels");
            assertThat(a.stage()).isEqualTo(Stage.LABELING);
            assertThat(a.done()).isTrue();
        });
        assertThat(store.board().loadCards()).filteredOn(c -> c.id() == cushion.id()).singleElement()
                .satisfies(card -> assertThat(card.checklist().done()).isEqualTo(1));
    }

    @Test
    void printingAgainChangesNothingAndLogsNothingMore() {
        Product toner = store.createAt(Stage.LABELING, LabelSamples.toner());
        LabelChecklist checklist = new LabelChecklist(products, LabelChecklist.TITLE_KO);

        checklist.markPrinted(List.of(toner.id()));
        checklist.markPrinted(List.of(toner.id()));

        assertThat(products.checklist(toner.id())).hasSize(1);
        assertThat(products.activity(toner.id())).hasSize(1);
    }

    @Test
    void anActionOfAnotherStageWithTheSameTitleIsLeftAlone() {
        Product toner = store.createAt(Stage.LABELING, LabelSamples.toner());
        products.addAction(toner.id(), LabelChecklist.TITLE_KO, Stage.SHIPMENT, null);

        new LabelChecklist(products, LabelChecklist.TITLE_KO).markPrinted(List.of(toner.id()));

        assertThat(products.checklist(toner.id())).extracting(ChecklistAction::stage, ChecklistAction::done)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Stage.LABELING, true),
                        org.assertj.core.groups.Tuple.tuple(Stage.SHIPMENT, false));
    }
}
