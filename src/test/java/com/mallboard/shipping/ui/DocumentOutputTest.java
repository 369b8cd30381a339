package com.mallboard.shipping.ui;

import static com.mallboard.testing.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Messages;
import com.mallboard.common.ui.FxTaskExecutor;
import com.mallboard.shipping.print.PdfPrinter;
import com.mallboard.shipping.print.PrintDestination;
import com.mallboard.shipping.print.TestPdfs;
import com.mallboard.testing.FxTestSupport;
import com.mallboard.testing.ScriptedFileDialogs;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A warehouse user previews a document, prints it and saves it; bad documents and bad folders say what went wrong. */
@ExtendWith(ApplicationExtension.class)
class DocumentOutputTest {
    @TempDir
    Path folder;

    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final Messages messages = new Messages(Locale.ENGLISH);
    private ScriptedFileDialogs files;
    private Stage owner;

    @Start
    void start(Stage stage) {
        FxTestSupport.installThemeOnce();
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

    private DocumentOutput output(PrintDestination destination, Path saveTo) {
        files = ScriptedFileDialogs.savingTo(saveTo);
        return new DocumentOutput(executor, new PdfPrinter(destination), files, messages);
    }

    private DocumentPreviewWindow preview(FxRobot robot, DocumentOutput output, PrintableDocument document) {
        List<DocumentPreviewWindow> opened = new ArrayList<>();
        robot.interact(() -> opened.add(output.preview(owner, document)));
        return opened.get(0);
    }

    private static String labelText(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void previewShowsEveryPageDrawnAndSavesTheSameBytes(FxRobot robot) throws Exception {
        byte[] pdf = TestPdfs.pages(3);
        Path target = folder.resolve("slips.pdf");
        AtomicInteger outputs = new AtomicInteger();
        List<DocumentPreviewWindow> opened = new ArrayList<>();
        robot.interact(() -> opened.add(output(job -> false, target).preview(owner,
                new PrintableDocument("Packing slips", "slips.pdf", () -> pdf), outputs::incrementAndGet)));
        DocumentPreviewWindow window = opened.get(0);

        waitUntil(() -> "3 pages".equals(labelText(robot, "#previewPageCount")));
        ListView<?> pages = robot.lookup("#previewPages").queryAs(ListView.class);
        assertThat(pages.getItems()).hasSize(3);
        waitUntil(() -> robot.lookup(".preview-page .image-view").queryAllAs(ImageView.class).stream()
                .anyMatch(view -> view.getImage() != null));

        robot.clickOn("#previewSave");
        waitUntil(() -> Files.exists(target));
        assertThat(Files.readAllBytes(target)).isEqualTo(pdf);
        waitUntil(() -> window.statusText().equals("Saved to " + target));
        assertThat(outputs).as("the caller hears the save, e.g. to tick 'print labels'").hasValue(1);
    }

    @Test
    void printingFromThePreviewSendsEveryPageAndSaysSo(FxRobot robot) throws Exception {
        Path job = folder.resolve("job.ps");
        try (OutputStream out = Files.newOutputStream(job)) {
            DocumentPreviewWindow window = preview(robot, output(TestPdfs.postScriptTo(out), null),
                    new PrintableDocument("Pick list", "pick.pdf", () -> TestPdfs.pages(2)));
            waitUntil(() -> !robot.lookup("#previewPrint").queryButton().isDisabled());
            robot.clickOn("#previewPrint");
            waitUntil(() -> window.statusText().equals("Sent to the printer."));
        }
        assertThat(TestPdfs.postScriptPages(job)).isEqualTo(2);
    }

    @Test
    void aDocumentThatCannotBeDrawnSaysWhyAndOffersNothingToPrint(FxRobot robot) {
        DocumentPreviewWindow window = preview(robot, output(job -> true, null),
                new PrintableDocument("Broken", "broken.pdf", () -> {
                    throw new IllegalStateException("no orders chosen");
                }));
        waitUntil(() -> window.statusText().contains("no orders chosen"));
        assertThat(robot.lookup("#previewPrint").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#previewSave").queryButton().isDisabled()).isTrue();

        robot.clickOn("#previewClose");
        waitUntil(() -> !window.window().isShowing());
    }

    @Test
    void savingIntoAMissingFolderFailsClearlyAndLeavesNoFileBehind(FxRobot robot) {
        Path target = folder.resolve("gone").resolve("slips.pdf");
        AtomicInteger saved = new AtomicInteger();
        robot.interact(() -> output(job -> true, target).saveAsPdf(owner,
                new PrintableDocument("Slips", "slips.pdf", () -> TestPdfs.pages(1)), path -> saved.incrementAndGet()));
        waitUntil(() -> labelText(robot, "#outputStatus").startsWith("Could not finish"));
        assertThat(saved).hasValue(0);
        assertThat(Files.exists(target)).isFalse();
    }

    @Test
    void printingWithoutPreviewDrawsThenPrintsAndRunsTheFollowUp(FxRobot robot) throws Exception {
        Path job = folder.resolve("direct.ps");
        AtomicInteger followUps = new AtomicInteger();
        try (OutputStream out = Files.newOutputStream(job)) {
            robot.interact(() -> output(TestPdfs.postScriptTo(out), null).print(owner,
                    new PrintableDocument("Labels", "labels.pdf", () -> TestPdfs.pages(4)), followUps::incrementAndGet));
            waitUntil(() -> followUps.get() == 1);
        }
        assertThat(labelText(robot, "#outputStatus")).isEqualTo("Sent to the printer.");
        assertThat(TestPdfs.postScriptPages(job)).isEqualTo(4);
        assertThat(files.suggestedNames()).as("no save window").isEmpty();
    }
}
