package com.mallboard.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.ActionSource;
import com.mallboard.product.ChecklistAction;
import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.store.TestStore;
import com.mallboard.workflow.GateProblem;
import com.mallboard.workflow.MoveResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cards name the required actions that hold them, and moving several cards reports each held one. */
class RequiredActionsOnCardsTest {
    @TempDir
    Path folder;

    private TestStore store;
    private Product sunscreen;
    private Product toner;

    @BeforeEach
    void openStore() {
        store = TestStore.open(folder);
        sunscreen = store.createAt(Stage.SOURCING, TestStore.completeDetails("TOR-SUN"), "sunscreen");
        toner = store.createAt(Stage.SOURCING, TestStore.completeDetails("TOR-TONER"));
    }

    @Test
    void aCardShowsTheOpenRequiredActionsOfItsStage() {
        required("시험 성적서 발주", Stage.SOURCING);
        required("누액 테스트", Stage.LABELING);

        assertThat(store.board().loadCards()).extracting(BoardCard::gateProblems).containsExactly(
                List.of(GateProblem.openRequiredActions(List.of("시험 성적서 발주"))), List.of());
        assertThat(store.board().findCard(sunscreen.id()).orElseThrow().gateProblems())
                .containsExactly(GateProblem.openRequiredActions(List.of("시험 성적서 발주")));
        assertThat(store.board().loadPreview(10).cards()).filteredOn(card -> card.id() == sunscreen.id())
                .singleElement().extracting(BoardCard::gateProblems)
                .isEqualTo(List.of(GateProblem.openRequiredActions(List.of("시험 성적서 발주"))));
    }

    @Test
    void tickingTheRequiredActionClearsTheCard() {
        ChecklistAction report = required("시험 성적서 발주", Stage.SOURCING);

        store.products().setActionDone(report.id(), true);

        assertThat(store.board().findCard(sunscreen.id()).orElseThrow().gateProblems()).isEmpty();
    }

    @Test
    void aBulkMoveReportsTheHeldProductAndMovesTheOthers() {
        required("시험 성적서 발주", Stage.SOURCING);

        BulkMoveResult result = store.boardActions().moveAll(List.of(sunscreen.id(), toner.id()), Stage.LABELING, "");

        assertThat(result.moved()).extracting(moved -> moved.product().id()).containsExactly(toner.id());
        assertThat(result.notMoved()).singleElement().isInstanceOfSatisfying(MoveResult.Blocked.class, blocked -> {
            assertThat(blocked.product().id()).isEqualTo(sunscreen.id());
            assertThat(blocked.problems()).containsExactly(GateProblem.openRequiredActions(List.of("시험 성적서 발주")));
        });
        assertThat(store.reload(sunscreen).stage()).isEqualTo(Stage.SOURCING);
    }

    private ChecklistAction required(String title, Stage stage) {
        return store.products().addAction(sunscreen.id(), title, stage, null, ActionSource.RULE, true);
    }
}
