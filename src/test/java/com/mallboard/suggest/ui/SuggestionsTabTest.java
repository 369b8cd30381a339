package com.mallboard.suggest.ui;

import static com.mallboard.testing.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.ui.FxTaskExecutor;
import com.mallboard.product.ActionSource;
import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.product.ui.ActionPlanRow;
import com.mallboard.product.ui.EditorCommands;
import com.mallboard.product.ui.ProductEditorDialog;
import com.mallboard.store.JooqSuggestionReactionRepository;
import com.mallboard.store.JooqSuggestionRuleRepository;
import com.mallboard.store.TestStore;
import com.mallboard.suggest.Reaction;
import com.mallboard.suggest.SuggestionFixture;
import com.mallboard.suggest.SuggestionService;
import com.mallboard.suggest.rules.DueDate;
import com.mallboard.suggest.rules.LocalizedText;
import com.mallboard.suggest.rules.Priority;
import com.mallboard.suggest.rules.RuleAction;
import com.mallboard.suggest.rules.RuleTrigger;
import com.mallboard.suggest.rules.SuggestionRule;
import com.mallboard.suggest.rules.SuggestionRuleService;
import com.mallboard.testing.FxTestSupport;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A manager on the editor's next-steps tab of a sunscreen in sourcing: accepting one suggestion, dismissing one. */
@ExtendWith(ApplicationExtension.class)
class SuggestionsTabTest {
    private static final String SPF = "sunscreen-spf-test-report";
    private static final String PHOTOS = "sunscreen-model-photos";

    @TempDir
    Path folder;

    private final Messages messages = new Messages(Locale.KOREAN);
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private TestStore store;
    private JooqSuggestionReactionRepository reactions;
    private ProductEditorDialog dialog;
    private javafx.stage.Stage owner;

    @Start
    void start(javafx.stage.Stage stage) {
        FxTestSupport.installThemeOnce();
        store = TestStore.open(folder);
        SuggestionRuleService rules = new SuggestionRuleService(new JooqSuggestionRuleRepository(store.dsl()),
                store.settings());
        rules.seedDefaults();
        rules.save(new SuggestionRule(null, PHOTOS, LocalizedText.of("선크림 모델 촬영", null), true,
                RuleTrigger.at(Set.of(Stage.SOURCING), "sunscreen"),
                new RuleAction(LocalizedText.of("모델 착용 사진 촬영 예약", null), LocalizedText.of("", null),
                        DueDate.fromNow(20), Priority.LOW, false)));
        reactions = new JooqSuggestionReactionRepository(store.dsl());
        Formats formats = new Formats(Formats.SEOUL, Locale.KOREAN);
        SuggestionService service = SuggestionFixture.service(store, rules, messages);
        dialog = new ProductEditorDialog(store.products(), EditorCommands.direct(store.products()), executor, messages,
                formats, List.of(new SuggestionsEditorTab(service, executor, messages, formats)));
        owner = stage;
        FxTestSupport.showEmptyOwner(stage);
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxTestSupport.hideAllWindows();
        executor.shutdown();
    }

    @Test
    void acceptingAddsTheActionToTheChecklistAndDismissingKeepsTheSuggestionGone(FxRobot robot) {
        Product sunscreen = store.createAt(Stage.SOURCING, TestStore.completeDetails("TOR-SUN"), "sunscreen");
        openSuggestionsTab(robot, sunscreen);
        assertThat(cardKeys(robot)).containsExactly(SPF, PHOTOS);
        Labeled reason = robot.lookup("#suggestion-" + SPF + " .label").nth(3).queryLabeled();
        assertThat(reason.getText()).isEqualTo("규칙 ‘선크림 시험 성적서’: 태그 sunscreen, 소싱 단계");
        assertThat(robot.lookup("#suggestion-" + SPF + " .label").nth(1).queryLabeled().getText())
                .isEqualTo("규칙 · 우선순위 높음 · 마감 " + new Formats(Formats.SEOUL, Locale.KOREAN)
                        .date(LocalDate.of(2026, 12, 5)));

        robot.clickOn("#accept-" + SPF);
        waitUntil(() -> cardKeys(robot).equals(List.of(PHOTOS)));

        assertThat(store.products().checklist(sunscreen.id())).singleElement().satisfies(action -> {
            assertThat(action.title()).isEqualTo("SPF/PA 시험 성적서 발주");
            assertThat(action.source()).isEqualTo(ActionSource.RULE);
            assertThat(action.stage()).isEqualTo(Stage.SOURCING);
            assertThat(action.dueDate()).isEqualTo(LocalDate.of(2026, 12, 5));
        });
        ListView<?> checklist = robot.lookup("#checklistList").queryAs(ListView.class);
        assertThat(checklist.getItems()).filteredOn(ActionPlanRow.ActionLine.class::isInstance)
                .extracting(item -> ((ActionPlanRow.ActionLine) item).action().title())
                .containsExactly("SPF/PA 시험 성적서 발주");

        robot.clickOn("#dismiss-" + PHOTOS);
        waitUntil(() -> robot.lookup("#dismissReasonField").tryQuery().isPresent());
        robot.clickOn("#dismissReasonField").write("인플루언서가 직접 촬영").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#suggestionsEmpty").tryQuery().isPresent());
        assertThat(reactions.forProduct(sunscreen.id())).extracting(r -> r.key() + " " + r.reaction() + " " + r.reason())
                .containsExactly(SPF + " ACCEPTED null", PHOTOS + " DISMISSED 인플루언서가 직접 촬영");

        robot.interact(() -> robot.lookup("#productEditor").query().getScene().getWindow().hide());
        openSuggestionsTab(robot, store.reload(sunscreen));
        assertThat(cardKeys(robot)).isEmpty();
        assertThat(robot.lookup("#suggestionsEmpty").tryQuery()).isPresent();
    }

    @Test
    void whatSimilarProductsDidShowsBesideTheRulesAndAcceptingItAddsALearnedAction(FxRobot robot) {
        for (int i = 0; i < 3; i++) {
            store.createCompleted("PAST-" + i, Instant.parse("2026-05-01T00:00:00Z").plus(Duration.ofDays(9L * i)), 7,
                    Set.of("sunscreen"), Stage.SOURCING, "공급사 견적 요청");
        }
        Product sunscreen = store.createAt(Stage.SOURCING, TestStore.completeDetails("TOR-SUN"), "sunscreen");
        openSuggestionsTab(robot, sunscreen);
        String learned = "learned-공급사-견적-요청";
        assertThat(cardKeys(robot)).containsExactly(SPF, learned, PHOTOS);
        assertThat(robot.lookup("#suggestion-" + learned + " .label").nth(1).queryLabeled().getText())
                .startsWith("비슷한 상품 · 우선순위 보통 · 마감 ");
        assertThat(robot.lookup("#suggestion-" + learned + " .label").nth(2).queryLabeled().getText())
                .isEqualTo("비슷한 상품 3개 중 3개(태그 sunscreen)가 소싱 단계에서 이 작업을 했습니다");

        robot.clickOn("#accept-" + learned);
        waitUntil(() -> cardKeys(robot).equals(List.of(SPF, PHOTOS)));

        assertThat(store.products().checklist(sunscreen.id())).singleElement().satisfies(action -> {
            assertThat(action.title()).isEqualTo("공급사 견적 요청");
            assertThat(action.source()).isEqualTo(ActionSource.LEARNED);
        });
    }

    @Test
    void cancellingTheDismissQuestionKeepsTheSuggestion(FxRobot robot) {
        Product sunscreen = store.createAt(Stage.SOURCING, TestStore.completeDetails("TOR-SUN"), "sunscreen");
        openSuggestionsTab(robot, sunscreen);

        robot.clickOn("#dismiss-" + PHOTOS);
        waitUntil(() -> robot.lookup("#dismissReasonField").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(cardKeys(robot)).containsExactly(SPF, PHOTOS);
        assertThat(reactions.forProduct(sunscreen.id())).isEmpty();
    }

    @Test
    void snoozingHidesTheSuggestionAndSaysUntilWhen(FxRobot robot) {
        Product sunscreen = store.createAt(Stage.SOURCING, TestStore.completeDetails("TOR-SUN"), "sunscreen");
        openSuggestionsTab(robot, sunscreen);

        robot.clickOn("#snooze-" + SPF);
        waitUntil(() -> cardKeys(robot).equals(List.of(PHOTOS)));

        assertThat(robot.lookup("#suggestionStatus").queryLabeled().getText()).contains("2026");
        assertThat(reactions.forProduct(sunscreen.id())).singleElement().satisfies(r -> {
            assertThat(r.reaction()).isEqualTo(Reaction.SNOOZED);
            assertThat(r.snoozedUntil()).isEqualTo(LocalDate.of(2026, 12, 2));
        });
        assertThat(store.products().checklist(sunscreen.id())).isEmpty();
    }

    @Test
    void showingTheTabAgainReadsTagsSavedSinceTheEditorOpened(FxRobot robot) {
        Product plain = store.createAt(Stage.SOURCING, TestStore.completeDetails("TOR-CREAM"));
        openSuggestionsTab(robot, plain);
        assertThat(robot.lookup("#suggestionsEmpty").tryQuery()).isPresent();

        store.products().addTags(store.reload(plain), Set.of("sunscreen"));
        TabPane tabs = robot.lookup("#editorTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(0));
        robot.interact(() -> tabs.getSelectionModel().select(suggestionsTab(tabs)));
        waitUntilLoaded(robot);

        assertThat(cardKeys(robot)).containsExactly(SPF, PHOTOS);
    }

    private void openSuggestionsTab(FxRobot robot, Product product) {
        robot.interact(() -> dialog.open(owner, product, p -> { }));
        waitUntil(() -> robot.lookup("#editorTabs").tryQuery().isPresent());
        TabPane tabs = robot.lookup("#editorTabs").queryAs(TabPane.class);
        Tab next = suggestionsTab(tabs);
        assertThat(next.getText()).isEqualTo("다음 할 일");
        robot.interact(() -> tabs.getSelectionModel().select(next));
        waitUntilLoaded(robot);
    }

    /** Selecting the tab starts reading at once (on the FX thread), so "not busy" afterwards means read. */
    private static void waitUntilLoaded(FxRobot robot) {
        waitUntil(() -> !robot.lookup("#suggestionsProgress").query().isVisible());
    }

    private static Tab suggestionsTab(TabPane tabs) {
        return tabs.getTabs().stream().filter(tab -> "editorSuggestionsTab".equals(tab.getId())).findFirst()
                .orElseThrow();
    }

    private static List<String> cardKeys(FxRobot robot) {
        return robot.lookup(".suggestion-card").queryAll().stream()
                .map(node -> node.getId().substring("suggestion-".length())).toList();
    }
}
