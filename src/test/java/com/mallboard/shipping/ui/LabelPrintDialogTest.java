package com.mallboard.shipping.ui;

import static com.mallboard.testing.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.ui.FileDialogs;
import com.mallboard.common.ui.FxTaskExecutor;
import com.mallboard.product.ChecklistAction;
import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.product.ui.EditorCommands;
import com.mallboard.product.ui.ProductEditorDialog;
import com.mallboard.shipping.labels.LabelChecklist;
import com.mallboard.shipping.labels.LabelSamples;
import com.mallboard.shipping.print.PdfPrinter;
import com.mallboard.shipping.print.TestPdfs;
import com.mallboard.store.TestStore;
import com.mallboard.testing.FxTestSupport;
import com.mallboard.testing.ScriptedFileDialogs;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A user selects products on the board, checks the label warnings, and saves or prints the labels. */
@ExtendWith(ApplicationExtension.class)
class LabelPrintDialogTest {
    @TempDir
    Path folder;

    private final Messages korean = new Messages(Messages.KOREAN);
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final List<List<Long>> refreshed = new CopyOnWriteArrayList<>();
    private TestStore store;
    private javafx.stage.Stage owner;
    private Product toner;
    private Product cushion;

    @Start
    void start(javafx.stage.Stage stage) {
        FxTestSupport.installThemeOnce();
        store = TestStore.open(folder);
        toner = store.createAt(Stage.LABELING, LabelSamples.toner());
        cushion = store.createAt(Stage.LABELING, LabelSamples.cushion());
        owner = stage;
        stage.setScene(FxTestSupport.scene(new StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void closeWindows(FxRobot robot) {
        robot.interact(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != owner)
                .forEach(Window::hide));
        executor.shutdown();
    }

    private LabelPrintDialog dialog(PdfPrinter printer, Path saveTo) {
        FileDialogs files = ScriptedFileDialogs.savingTo(saveTo);
        return new LabelPrintDialog(new LabelChecklist(store.products(), korean.get("labels.checklist.title")),
                store.settings(), new DocumentOutput(executor, printer, files, korean), executor, korean);
    }

    private void open(FxRobot robot, PdfPrinter printer, Path saveTo) {
        LabelPrintDialog dialog = dialog(printer, saveTo);
        robot.interact(() -> dialog.open(owner, List.of(toner, cushion), refreshed::add));
        waitUntil(() -> robot.lookup("#labelWarnings").tryQuery().isPresent());
    }

    @Test
    void theProductEditorsLabelTabPrintsTheProductAsLastSaved(FxRobot robot) {
        store.products().update(cushion, cushion.details().toBuilder().usagePeriod("개봉 후 12개월").build(),
                cushion.tags());
        Path target = folder.resolve("cushion.pdf");
        LabelsEditorTab tab = new LabelsEditorTab(dialog(new PdfPrinter(job -> false), target), store.products(),
                executor, korean, refreshed::add);
        ProductEditorDialog editor = new ProductEditorDialog(store.products(), EditorCommands.direct(store.products()),
                executor, korean, new Formats(Formats.SEOUL, korean.locale()), List.of(tab));
        robot.interact(() -> editor.open(owner, cushion, saved -> { }));
        waitUntil(() -> robot.lookup("#editorTabs").tryQuery().isPresent());
        TabPane tabs = robot.lookup("#editorTabs").queryAs(TabPane.class);
        Tab labels = tabs.getTabs().stream().filter(t -> "editorLabelsTab".equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(labels));

        robot.clickOn("#editorPrintLabels");
        waitUntil(() -> robot.lookup("#labelWarnings").tryQuery().isPresent());

        ListView<?> warnings = robot.lookup("#labelWarnings").queryAs(ListView.class);
        assertThat(warnings.getItems()).extracting(Object::toString).containsExactly("커버 쿠션 21호: 전성분이 없습니다.");
        robot.clickOn("#labelSaveButton");
        waitUntil(() -> refreshed.size() == 1);
        assertThat(refreshed.get(0)).containsExactly(cushion.id());
        assertThat(Files.exists(target)).isTrue();
    }

    @Test
    void savingAsPdfWritesEveryLabelAndTicksTheLabelingChecklist(FxRobot robot) throws IOException {
        Path target = folder.resolve("labels.pdf");
        open(robot, new PdfPrinter(job -> false), target);
        ListView<?> warnings = robot.lookup("#labelWarnings").queryAs(ListView.class);
        assertThat(warnings.getItems()).extracting(Object::toString)
                .containsExactly("커버 쿠션 21호: 사용기한이 없습니다.", "커버 쿠션 21호: 전성분이 없습니다.");

        robot.clickOn("#labelCopies .text-field").push(KeyCode.CONTROL, KeyCode.A).write("2").push(KeyCode.TAB);
        waitUntil(() -> text(robot, "#labelSummary").equals("라벨 4장, 1쪽"));
        robot.clickOn("#labelSaveButton");

        waitUntil(() -> refreshed.size() == 1);
        assertThat(Files.exists(target)).isTrue();
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("수분 진정 토너", "커버 쿠션 21호", "책임판매업자");
        }
        assertThat(refreshed.get(0)).containsExactly(toner.id(), cushion.id());
        for (Product product : List.of(toner, cushion)) {
            assertThat(store.products().checklist(product.id())).extracting(ChecklistAction::title, ChecklistAction::done)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("제품 라벨 인쇄", true));
        }
        waitUntil(() -> text(robot, "#labelStatus").contains("2개"));
    }

    @Test
    void aLeftMarginThatPushesLabelsOffTheSheetIsExplainedAndNothingCanBePrinted(FxRobot robot) {
        open(robot, new PdfPrinter(job -> false), folder.resolve("never.pdf"));

        robot.clickOn("#labelMarginLeft .text-field").push(KeyCode.CONTROL, KeyCode.A).write("8").push(KeyCode.TAB);

        waitUntil(() -> text(robot, "#labelLayoutError").contains("218.0 mm"));
        assertThat(robot.lookup("#labelLayoutError").query().isVisible()).isTrue();
        assertThat(robot.lookup("#labelSaveButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#labelPrintButton").queryButton().isDisabled()).isTrue();

        robot.clickOn("#labelWidth .text-field").push(KeyCode.CONTROL, KeyCode.A).write("64").push(KeyCode.TAB);

        waitUntil(() -> !robot.lookup("#labelSaveButton").queryButton().isDisabled());
        assertThat(robot.lookup("#labelLayoutError").query().isVisible()).isFalse();
        assertThat(Files.exists(folder.resolve("never.pdf"))).isFalse();
    }

    @Test
    void printingWithTheCheckboxClearedLeavesTheChecklistAlone(FxRobot robot) throws IOException {
        Path job = folder.resolve("labels.ps");
        try (OutputStream out = Files.newOutputStream(job)) {
            open(robot, new PdfPrinter(TestPdfs.postScriptTo(out)), null);
            robot.clickOn("#labelPaper");
            robot.clickOn(korean.get("labels.layout.thermal"));
            robot.clickOn("#markLabelsDone");
            assertThat(robot.lookup("#labelMarginTop").query().isDisabled()).isTrue();

            robot.clickOn("#labelPrintButton");
            waitUntil(() -> robot.lookup("#outputStatus").tryQuery()
                    .map(node -> ((Label) node).getText().equals(korean.get("print.status.printed"))).orElse(false));
        }
        assertThat(TestPdfs.postScriptPages(job)).isEqualTo(2);
        assertThat(store.products().checklist(toner.id())).isEmpty();
        assertThat(refreshed).isEmpty();
    }

    @Test
    void theDialogIsDrawnWithItsWarningsForTheUserGuide(FxRobot robot) throws IOException {
        Product serum = store.createAt(Stage.LABELING, LabelSamples.toner().toBuilder().sku("SERUM-030")
                .name("비타민 브라이트닝 세럼").barcode("8801234567890").usagePeriod(null)
                .ingredients(LabelSamples.LONG_INGREDIENTS).build());
        LabelPrintDialog dialog = dialog(new PdfPrinter(job -> false), folder.resolve("x.pdf"));
        robot.interact(() -> dialog.open(owner, List.of(toner, cushion, serum), refreshed::add));
        waitUntil(() -> robot.lookup("#labelWarnings").tryQuery().isPresent()
                && robot.lookup("#labelWarnings").queryAs(ListView.class).getItems().size() == 5);

        FxTestSupport.screenshot(robot, robot.lookup("#labelPrintView").query().getScene(), "labels-dialog-ko.png");

        assertThat(text(robot, "#labelSummary")).isEqualTo("라벨 3장, 1쪽");
        assertThat(robot.lookup("#labelWarnings").queryAs(ListView.class).getItems()).extracting(Object::toString)
                .anySatisfy(w -> assertThat(w).asString().startsWith("비타민 브라이트닝 세럼: 바코드 8801234567890"));
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
