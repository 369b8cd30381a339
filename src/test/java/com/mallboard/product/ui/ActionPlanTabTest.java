package com.mallboard.product.ui;

import static com.mallboard.testing.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.SameThreadTaskExecutor;
import com.mallboard.common.ui.AppTheme;
import com.mallboard.product.ActionSource;
import com.mallboard.product.ChecklistAction;
import com.mallboard.product.Product;
import com.mallboard.product.ProductService;
import com.mallboard.product.Stage;
import com.mallboard.store.TestStore;
import com.mallboard.testing.FxTestSupport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The checklist tab as a stage action plan: a merchandiser marks an action required and sees it under its stage with
 * the marker and the notice. Writes target/screenshots/action-plan-ko.png (docs/images has a copy).
 */
@ExtendWith(ApplicationExtension.class)
class ActionPlanTabTest {

    @TempDir
    Path folder;

    private final Messages messages = new Messages(Locale.KOREAN);
    private TestStore store;
    private javafx.stage.Stage window;

    @Start
    void start(javafx.stage.Stage stage) {
        FxTestSupport.installThemeOnce();
        store = TestStore.open(folder);
        window = stage;
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void markingAnActionRequiredShowsTheMarkerUnderItsStageAndHoldsTheGate(FxRobot robot) throws IOException {
        Product product = sunscreenInSourcing();
        open(robot, product);

        robot.clickOn(messages.get("editor.tab.checklist"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(headings(robot)).containsExactly("기획 · 1/1 완료", "소싱 · 현재 단계 · 1/3 완료 · 필수 미완료 1",
                "라벨링 · 0/1 완료 · 필수 미완료 1", "출고 · 0/1 완료");
        assertThat(markerShown(robot, "단가 협상")).isFalse();

        robot.clickOn(robot.from(row(robot, "단가 협상")).lookup(".checklist-required-toggle").queryButton());
        waitUntil(() -> stored(product, "단가 협상").requiredByGate());
        waitUntil(() -> markerShown(robot, "단가 협상"));

        assertThat(row(robot, "단가 협상").getStyleClass()).contains("holds-gate");
        assertThat(row(robot, "누액 테스트").getStyleClass()).doesNotContain("holds-gate");
        assertThat(markerShown(robot, "누액 테스트")).isTrue();
        assertThat(robot.lookup("#checklistGateNotice").queryAs(Label.class).getText())
                .isEqualTo("다음 단계로 옮기려면 필수 작업을 끝내야 합니다: SPF/PA 시험 성적서 발주, 단가 협상");
        assertThat(headings(robot)).contains("소싱 · 현재 단계 · 1/3 완료 · 필수 미완료 2");
        assertThat(store.products().activity(product.id()))
                .anyMatch(entry -> entry.field().equals(ProductService.REQUIRED_LOG_FIELD)
                        && "단가 협상".equals(entry.newValue()));
        assertThat(store.workflow().move(store.reload(product), Stage.LABELING, null).moved()).isFalse();
        FxTestSupport.screenshot(robot, window.getScene(), "action-plan-ko.png");
    }

    @Test
    void tickingTheRequiredActionsClearsTheNoticeAndAddingStillWorks(FxRobot robot) {
        Product product = sunscreenInSourcing();
        open(robot, product);
        robot.clickOn(messages.get("editor.tab.checklist"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#checklistGateNotice").queryAs(Label.class).isVisible()).isTrue();

        robot.clickOn(robot.from(row(robot, "SPF/PA 시험 성적서 발주")).lookup(".checklist-done").queryAs(CheckBox.class));
        waitUntil(() -> stored(product, "SPF/PA 시험 성적서 발주").done());
        waitUntil(() -> !robot.lookup("#checklistGateNotice").queryAs(Label.class).isVisible());

        robot.clickOn("#checklistTitleField").write("상세페이지 검수");
        robot.clickOn("#checklistAddButton");
        waitUntil(() -> store.products().checklist(product.id()).stream().anyMatch(a -> a.title().equals("상세페이지 검수")));
        waitUntil(() -> robot.lookup(".plan-action").queryAll().stream().anyMatch(r -> titleOf(r).equals("상세페이지 검수")));
        assertThat(stored(product, "상세페이지 검수").stage()).isEqualTo(Stage.SOURCING);
        assertThat(store.workflow().move(store.reload(product), Stage.LABELING, null).moved()).isTrue();
    }

    /** A sunscreen in sourcing with actions at every stage, from every source; one required action still open. */
    private Product sunscreenInSourcing() {
        Product product = store.createAt(Stage.SOURCING, TestStore.completeDetails("TOR-DIVE-SUN50"), "sunscreen",
                "functional-cosmetic", "liquid");
        ProductService products = store.products();
        long id = product.id();
        ChecklistAction review = products.addAction(id, "기능성 심사 접수", Stage.PLANNING, null, ActionSource.RULE, true);
        products.setActionDone(review.id(), true);
        products.addAction(id, "SPF/PA 시험 성적서 발주", Stage.SOURCING, LocalDate.of(2026, 12, 5), ActionSource.RULE,
                true);
        products.addAction(id, "단가 협상", Stage.SOURCING, LocalDate.of(2026, 11, 20));
        ChecklistAction sample = products.addAction(id, "샘플 수령", Stage.SOURCING, null, ActionSource.LEARNED);
        products.setActionDone(sample.id(), true);
        products.addAction(id, "누액 테스트", Stage.LABELING, LocalDate.of(2026, 12, 12), ActionSource.RULE, true);
        products.addAction(id, "택배 파손 방지 포장", Stage.SHIPMENT, null);
        return store.reload(product);
    }

    private void open(FxRobot robot, Product product) {
        ProductEditorDialog dialog = new ProductEditorDialog(store.products(), EditorCommands.direct(store.products()),
                new SameThreadTaskExecutor(), messages, new Formats(Formats.SEOUL, Locale.KOREAN));
        robot.interact(() -> {
            Scene scene = new Scene(dialog.createView(product, p -> { }, () -> { }), 900, 640);
            AppTheme.style(scene);
            window.setScene(scene);
            window.show();
        });
        waitUntil(() -> robot.lookup("#productEditor").tryQuery().isPresent());
    }

    private ChecklistAction stored(Product product, String title) {
        return store.products().checklist(product.id()).stream().filter(a -> a.title().equals(title)).findFirst()
                .orElseThrow();
    }

    private static List<String> headings(FxRobot robot) {
        return robot.lookup(".plan-stage-heading").queryAllAs(Labeled.class).stream()
                .filter(Node::isVisible).map(Labeled::getText).toList();
    }

    private static Node row(FxRobot robot, String title) {
        return robot.lookup(".plan-action").queryAll().stream().filter(r -> titleOf(r).equals(title)).findFirst()
                .orElseThrow();
    }

    private static String titleOf(Node row) {
        return ((CheckBox) row.lookup(".checklist-done")).getText();
    }

    private static boolean markerShown(FxRobot robot, String title) {
        return row(robot, title).lookup(".plan-required-marker").isVisible();
    }

}
