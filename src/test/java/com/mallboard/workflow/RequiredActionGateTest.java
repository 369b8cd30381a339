package com.mallboard.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.ActionSource;
import com.mallboard.product.ChecklistAction;
import com.mallboard.product.ChecklistProgress;
import com.mallboard.product.Product;
import com.mallboard.product.ProductField;
import com.mallboard.product.Stage;
import com.mallboard.store.TestStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate holds a product at a stage while an action it requires there is not done (issue 5, stage action plan). */
class RequiredActionGateTest {
    @TempDir
    Path folder;

    private TestStore store;
    private Product sunscreen;

    @BeforeEach
    void openStore() {
        store = TestStore.open(folder);
        sunscreen = store.createAt(Stage.SOURCING, TestStore.completeDetails("TOR-SUN"), "sunscreen");
    }

    @Test
    void anOpenRequiredActionRefusesTheMoveNamingTheAction() {
        required("시험 성적서 발주", Stage.SOURCING);
        required("원료 규격서 요청", Stage.SOURCING);

        MoveResult result = store.workflow().move(sunscreen, Stage.LABELING, null);

        assertThat(result).isInstanceOfSatisfying(MoveResult.Blocked.class, blocked -> {
            assertThat(blocked.gateStage()).isEqualTo(Stage.SOURCING);
            assertThat(blocked.problems()).containsExactly(
                    GateProblem.openRequiredActions(List.of("시험 성적서 발주", "원료 규격서 요청")));
            assertThat(blocked.problems().get(0).args()).containsExactly("시험 성적서 발주, 원료 규격서 요청");
        });
        assertThat(store.reload(sunscreen).stage()).isEqualTo(Stage.SOURCING);
    }

    @Test
    void onceTheRequiredActionIsDoneTheProductMovesOn() {
        ChecklistAction report = required("시험 성적서 발주", Stage.SOURCING);
        store.products().setActionDone(report.id(), true);

        assertThat(store.workflow().move(sunscreen, Stage.LABELING, null).moved()).isTrue();
        assertThat(store.reload(sunscreen).stage()).isEqualTo(Stage.LABELING);
    }

    @Test
    void optionalOpenActionsAndRequiredActionsOfLaterStagesDoNotBlock() {
        store.products().addAction(sunscreen.id(), "단가 재협상", Stage.SOURCING, null);
        required("누액 테스트", Stage.LABELING);

        assertThat(store.workflow().problemsForNextStage(sunscreen)).isEmpty();
        assertThat(store.workflow().move(sunscreen, Stage.LABELING, null).moved()).isTrue();
    }

    @Test
    void aJumpOverSeveralStagesStopsAtTheStageWhoseRequiredActionIsOpen() {
        required("누액 테스트", Stage.LABELING);

        MoveResult result = store.workflow().move(sunscreen, Stage.SHIPMENT, null);

        assertThat(result).isInstanceOfSatisfying(MoveResult.Blocked.class, blocked -> {
            assertThat(blocked.gateStage()).isEqualTo(Stage.LABELING);
            assertThat(blocked.problems()).containsExactly(GateProblem.openRequiredActions(List.of("누액 테스트")));
        });
    }

    @Test
    void movingBackwardsIsNotHeldByOpenRequiredActions() {
        required("시험 성적서 발주", Stage.SOURCING);
        required("기능성 심사 접수", Stage.PLANNING);

        MoveResult result = store.workflow().move(sunscreen, Stage.PLANNING, "공급사 변경");

        assertThat(result.moved()).isTrue();
        assertThat(store.reload(sunscreen).stage()).isEqualTo(Stage.PLANNING);
    }

    @Test
    void aMissingFieldAndAnOpenRequiredActionAreBothReported() {
        Product noSupplier = store.createAt(Stage.SOURCING,
                TestStore.completeDetails("TOR-TONER").toBuilder().supplier(null).build());
        store.products().addAction(noSupplier.id(), "시험 성적서 발주", Stage.SOURCING, null, ActionSource.RULE, true);

        assertThat(store.workflow().problemsForNextStage(noSupplier)).containsExactly(
                GateProblem.missing(ProductField.SUPPLIER), GateProblem.openRequiredActions(List.of("시험 성적서 발주")));
    }

    @Test
    void theGatesAskOnlyForTheRequiredActionsOfTheStageBeingLeft() {
        StageGates gates = StageGates.defaults();
        ChecklistProgress checklist = new ChecklistProgress(0, 2, 0,
                Map.of(Stage.SOURCING, List.of("시험 성적서 발주"), Stage.LABELING, List.of("누액 테스트")));

        assertThat(gates.problemsLeaving(Stage.SOURCING, sunscreen, checklist))
                .containsExactly(GateProblem.openRequiredActions(List.of("시험 성적서 발주")));
        assertThat(gates.problemsLeaving(Stage.PLANNING, sunscreen, checklist)).isEmpty();
        assertThat(gates.problemsLeaving(Stage.SOURCING, sunscreen)).isEmpty();
    }

    private ChecklistAction required(String title, Stage stage) {
        return store.products().addAction(sunscreen.id(), title, stage, null, ActionSource.RULE, true);
    }
}
