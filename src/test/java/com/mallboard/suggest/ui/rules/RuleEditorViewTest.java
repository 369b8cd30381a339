package com.mallboard.suggest.ui.rules;

import static com.mallboard.testing.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Messages;
import com.mallboard.common.ui.FileDialogs;
import com.mallboard.common.ui.FxTaskExecutor;
import com.mallboard.product.Stage;
import com.mallboard.store.JooqSuggestionRuleRepository;
import com.mallboard.store.TestStore;
import com.mallboard.suggest.rules.DefaultRules;
import com.mallboard.suggest.rules.RuleFile;
import com.mallboard.suggest.rules.SuggestionRule;
import com.mallboard.suggest.rules.SuggestionRuleService;
import com.mallboard.testing.FxTestSupport;
import com.mallboard.testing.ScriptedFileDialogs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A manager on the suggestion rule screen, in Korean: editing, switching off, deleting, importing, exporting. */
@ExtendWith(ApplicationExtension.class)
class RuleEditorViewTest {
    private static final String SPF = "sunscreen-spf-test-report";
    private static final String FRAGILE = "fragile-label";

    @TempDir
    Path folder;

    private final Messages messages = new Messages(Locale.KOREAN);
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private SuggestionRuleService service;
    private FileDialogs files = ScriptedFileDialogs.opening(List.of());

    @Start
    void start(javafx.stage.Stage stage) {
        FxTestSupport.installThemeOnce();
        TestStore store = TestStore.open(folder);
        service = new SuggestionRuleService(new JooqSuggestionRuleRepository(store.dsl()), store.settings());
        service.seedDefaults();
        RuleEditorView view = new RuleEditorView(new RuleEditorViewModel(service, executor, messages), messages,
                new FileDialogs() {
                    @Override
                    public Optional<Path> saveFile(Window owner, String title, String name, String extension) {
                        return files.saveFile(owner, title, name, extension);
                    }

                    @Override
                    public Optional<Path> openFile(Window owner, String title, List<String> extensions) {
                        return files.openFile(owner, title, extensions);
                    }
                });
        stage.setScene(FxTestSupport.scene(view, 1280, 860));
        stage.show();
        view.load();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxTestSupport.hideAllWindows();
        executor.shutdown();
    }

    @Test
    void editingARuleAndSavingStoresIt(FxRobot robot) {
        waitForRules(robot);
        clickRule(robot, SPF);
        assertThat(robot.lookup("#ruleTitleKo").queryTextInputControl().getText()).isEqualTo("SPF/PA 시험 성적서 발주");

        selectAll(robot.clickOn("#ruleTitleKo")).write("SPF/PA/UVA 시험 성적서 발주");
        robot.clickOn("#ruleAnyTags").write("spf50, spf30").type(KeyCode.ENTER);
        robot.clickOn("#ruleStage-labeling");
        robot.clickOn("#saveRuleButton");
        waitUntil(() -> robot.lookup("#rulesStatus").queryLabeled().getText().startsWith("규칙 ‘선크림 시험 성적서’"));

        SuggestionRule saved = stored(SPF);
        assertThat(saved.action().title().ko()).isEqualTo("SPF/PA/UVA 시험 성적서 발주");
        assertThat(saved.trigger().anyTags()).containsExactly("spf30", "spf50");
        assertThat(saved.trigger().stages()).containsExactlyInAnyOrder(Stage.SOURCING, Stage.LABELING);
        assertThat(robot.lookup("#ruleProblem-title").query().isVisible()).isFalse();
    }

    @Test
    void invalidInputShowsTheProblemAtItsFieldAndSavesNothing(FxRobot robot) {
        waitForRules(robot);
        List<SuggestionRule> before = service.rules();
        clickRule(robot, SPF);

        selectAll(robot.clickOn("#ruleTitleKo")).type(KeyCode.BACK_SPACE);
        robot.clickOn("#ruleStage-sourcing");
        robot.clickOn("#saveRuleButton");
        waitUntil(() -> robot.lookup("#ruleProblem-title").query().isVisible());

        assertThat(robot.lookup("#ruleProblem-title").queryLabeled().getText())
                .isEqualTo("제안할 작업의 한국어 제목이 필요합니다.");
        assertThat(robot.lookup("#ruleProblem-stages").queryLabeled().getText())
                .isEqualTo("규칙을 적용할 단계를 하나 이상 고르세요.");
        assertThat(robot.lookup("#rulesStatus").queryLabeled().getText()).isEqualTo(
                "저장하지 않았습니다. 빨간 글씨로 표시된 문제를 고치세요.");
        assertThat(service.rules()).isEqualTo(before);
    }

    @Test
    void leavingAChangedRuleAsksAndKeepingStaysOnIt(FxRobot robot) {
        waitForRules(robot);
        clickRule(robot, SPF);
        robot.clickOn("#ruleNameEn").type(KeyCode.END).write(" (lab)");

        clickRule(robot, FRAGILE);
        waitUntil(() -> robot.lookup("#unsavedChangesDialog").tryQuery().isPresent());
        robot.clickOn("#keepEditingButton");
        waitUntil(() -> robot.lookup("#unsavedChangesDialog").tryQuery().isEmpty());

        assertThat(robot.lookup("#ruleCode").queryTextInputControl().getText()).isEqualTo(SPF);
        assertThat(robot.lookup("#ruleNameEn").queryTextInputControl().getText()).isEqualTo("Sunscreen test report (lab)");

        clickRule(robot, FRAGILE);
        waitUntil(() -> robot.lookup("#unsavedChangesDialog").tryQuery().isPresent());
        robot.clickOn("#discardChangesButton");
        waitUntil(() -> robot.lookup("#ruleCode").queryTextInputControl().getText().equals(FRAGILE));
        assertThat(stored(SPF).name().en()).isEqualTo("Sunscreen test report");
    }

    @Test
    void untickingARuleSwitchesItOffAtOnce(FxRobot robot) {
        waitForRules(robot);

        robot.clickOn("#ruleEnabled-" + FRAGILE);
        waitUntil(() -> !stored(FRAGILE).enabled());

        assertThat(robot.lookup("#rulesStatus").queryLabeled().getText())
                .isEqualTo("규칙 ‘깨지기 쉬운 상품’을(를) 껐습니다. 더 이상 제안하지 않습니다.");
        assertThat(robot.lookup("#ruleEnabled-" + FRAGILE).queryAs(CheckBox.class).isSelected()).isFalse();
        assertThat(stored(SPF).enabled()).isTrue();
    }

    @Test
    void deletingARuleAfterConfirmingRemovesIt(FxRobot robot) {
        waitForRules(robot);
        clickRule(robot, FRAGILE);

        robot.clickOn("#deleteRuleButton");
        waitUntil(() -> robot.lookup("#deleteRuleConfirmation").tryQuery().isPresent());
        assertThat(robot.lookup("#deleteRuleConfirmation").queryAs(DialogPane.class).getContentText())
                .contains("깨지기 쉬운 상품", FRAGILE);
        robot.clickOn("#confirmButton");
        waitUntil(() -> service.rules().size() == DefaultRules.beautyCommerce().size() - 1);

        assertThat(service.rules()).extracting(SuggestionRule::code).doesNotContain(FRAGILE);
        waitUntil(() -> rowOf(robot, FRAGILE).isEmpty());
        assertThat(robot.lookup("#ruleCode").queryTextInputControl().getText()).isEmpty();
    }

    @Test
    void importingAGoodFileReplacesEveryRuleAfterSayingHowMany(FxRobot robot) throws Exception {
        waitForRules(robot);
        List<SuggestionRule> two = DefaultRules.beautyCommerce().subList(0, 2);
        Path file = folder.resolve("two-rules.json");
        Files.writeString(file, RuleFile.write(two), StandardCharsets.UTF_8);
        files = ScriptedFileDialogs.opening(List.of(file));

        robot.clickOn("#importRulesButton");
        waitUntil(() -> robot.lookup("#importRulesConfirmation").tryQuery().isPresent());
        assertThat(robot.lookup("#importRulesConfirmation").queryAs(DialogPane.class).getContentText())
                .isEqualTo("지금 있는 규칙 8개를 모두 지우고 two-rules.json의 규칙 2개로 바꿉니다. 계속할까요?");
        robot.clickOn("#confirmButton");
        waitUntil(() -> service.rules().size() == 2);

        assertThat(service.rules()).extracting(SuggestionRule::code)
                .containsExactlyElementsOf(two.stream().map(SuggestionRule::code).toList());
        waitUntil(() -> robot.lookup(".table-row-cell").queryAll().stream()
                .filter(row -> ((TableRow<?>) row).getItem() != null).count() == 2);
    }

    @Test
    void aBadFileShowsEveryProblemAndImportsNothing(FxRobot robot) throws Exception {
        waitForRules(robot);
        List<SuggestionRule> before = service.rules();
        String good = RuleFile.write(DefaultRules.beautyCommerce().subList(0, 2));
        String bad = good.replaceFirst("\"planning\"", "\"warehouse\"").replace("\"" + SPF + "\"", "\"Sunscreen SPF\"");
        Path file = folder.resolve("bad-rules.json");
        Files.writeString(file, bad, StandardCharsets.UTF_8);
        files = ScriptedFileDialogs.opening(List.of(file));

        robot.clickOn("#importRulesButton");
        waitUntil(() -> robot.lookup("#importProblems").query().isVisible());

        String problems = robot.lookup("#importProblems").queryAs(TextArea.class).getText();
        assertThat(problems).contains("문제 3개가 있어 아무것도 가져오지 않았습니다",
                "규칙 1 (functional-cosmetic-mfds-review): 알 수 없는 단계 \"warehouse\"입니다.",
                "규칙 2 (Sunscreen SPF): 규칙 코드 \"Sunscreen SPF\"은(는)");
        assertThat(robot.lookup("#importRulesConfirmation").tryQuery()).isEmpty();
        assertThat(service.rules()).isEqualTo(before);
    }

    @Test
    void exportWritesAFileThatReadsBackAsTheStoredRules(FxRobot robot) throws Exception {
        waitForRules(robot);
        Path target = folder.resolve("exported.json");
        files = ScriptedFileDialogs.savingTo(target);

        robot.clickOn("#exportRulesButton");
        waitUntil(() -> Files.exists(target) && robot.lookup("#rulesStatus").queryLabeled().getText().contains("8개"));

        List<SuggestionRule> read = RuleFile.read(Files.readString(target, StandardCharsets.UTF_8));
        assertThat(read).isEqualTo(service.rules().stream()
                .map(r -> new SuggestionRule(null, r.code(), r.name(), r.enabled(), r.trigger(), r.action())).toList());
        assertThat(((ScriptedFileDialogs) files).suggestedNames()).containsExactly("mallboard-rules.json");
    }

    private static org.testfx.api.FxRobotInterface selectAll(org.testfx.api.FxRobotInterface robot) {
        return robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
    }

    private static void waitForRules(FxRobot robot) {
        waitUntil(() -> rowOf(robot, SPF).isPresent());
    }

    private static void clickRule(FxRobot robot, String code) {
        robot.clickOn(rowOf(robot, code).orElseThrow());
    }

    private static Optional<Node> rowOf(FxRobot robot, String code) {
        return robot.lookup(".table-row-cell").queryAll().stream()
                .filter(row -> ((TableRow<?>) row).getItem() instanceof SuggestionRule rule && rule.code().equals(code))
                .findFirst();
    }

    private SuggestionRule stored(String code) {
        return service.rules().stream().filter(rule -> rule.code().equals(code)).findFirst().orElseThrow();
    }
}
