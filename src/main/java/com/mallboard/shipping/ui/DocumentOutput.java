package com.mallboard.shipping.ui;

import com.mallboard.common.BackgroundTask;
import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.common.ui.FileDialogs;
import com.mallboard.common.ui.Windows;
import com.mallboard.shipping.print.PdfPrinter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Preview, print and save-as-PDF for every document the warehouse makes (pick lists, packing slips, labels). Drawing,
 * printing and writing run in the background; a status line shows progress and says plainly what went wrong.
 */
public final class DocumentOutput {
    private final TaskExecutor executor;
    private final PdfPrinter printer;
    private final FileDialogs files;
    private final Messages messages;

    public DocumentOutput(TaskExecutor executor, PdfPrinter printer, FileDialogs files, Messages messages) {
        this.executor = executor;
        this.printer = printer;
        this.files = files;
        this.messages = messages;
    }

    /** Opens a window showing the document's pages, from which it can be printed or saved. */
    public DocumentPreviewWindow preview(Window owner, PrintableDocument document) {
        return preview(owner, document, () -> { });
    }

    /** The same; {@code afterOutput} runs each time the previewed document is printed or saved from the window. */
    public DocumentPreviewWindow preview(Window owner, PrintableDocument document, Runnable afterOutput) {
        DocumentPreviewWindow window = new DocumentPreviewWindow(this, executor, messages, document, afterOutput);
        window.open(owner);
        return window;
    }

    /** Draws the document and prints it through the print dialog, in a small progress window. */
    public void print(Window owner, PrintableDocument document, Runnable afterPrinted) {
        OutputStatus status = progressWindow(owner, document.title());
        status.working("print.status.drawing");
        executor.execute(BackgroundTask.of("print.task.drawing", document.render(),
                pdf -> printDrawn(document.title(), pdf, status, afterPrinted), status::failed));
    }

    /** Asks where to save, then draws and writes the document; {@code afterSaved} hears the file. */
    public void saveAsPdf(Window owner, PrintableDocument document, Consumer<Path> afterSaved) {
        Optional<Path> target = chooseTarget(owner, document);
        if (target.isEmpty()) {
            return;
        }
        OutputStatus status = progressWindow(owner, document.title());
        status.working("print.status.drawing");
        executor.execute(BackgroundTask.of("print.task.saving", () -> write(target.get(), document.render().call()),
                path -> saved(status, path, afterSaved), status::failed));
    }

    void printDrawn(String jobName, byte[] pdf, OutputStatus status, Runnable afterPrinted) {
        status.working("print.status.dialog");
        executor.execute(BackgroundTask.of("print.task.printing",
                () -> printer.print(pdf, jobName, page -> status.pagePrinted(page)), printed -> {
                    status.done(printed ? "print.status.printed" : "print.status.cancelled");
                    if (printed) {
                        afterPrinted.run();
                    }
                }, status::failed));
    }

    Optional<Path> chooseTarget(Window owner, PrintableDocument document) {
        return files.saveFile(owner, messages.get("print.save.title"), document.fileName(), "pdf");
    }

    void saveDrawn(Path target, byte[] pdf, OutputStatus status, Consumer<Path> afterSaved) {
        status.working("print.status.saving");
        executor.execute(BackgroundTask.of("print.task.saving", () -> write(target, pdf),
                path -> saved(status, path, afterSaved), status::failed));
    }

    private static void saved(OutputStatus status, Path path, Consumer<Path> afterSaved) {
        status.done("print.status.saved", path.toString());
        afterSaved.accept(path);
    }

    /** Written beside the target first and then moved over it, so a failed write never leaves half a PDF. */
    static Path write(Path target, byte[] pdf) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path partial = Files.createTempFile(folder, ".mallboard-", ".pdf.part");
        try {
            Files.write(partial, pdf);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return target;
    }

    private OutputStatus progressWindow(Window owner, String title) {
        Stage window = Windows.modal(owner);
        window.setTitle(title);
        OutputStatus status = new OutputStatus(messages);
        Button close = new Button(messages.get("print.close"));
        close.setId("outputClose");
        close.setCancelButton(true);
        close.setOnAction(e -> window.close());
        VBox content = new VBox(14, status, close);
        content.setPadding(new Insets(18));
        content.setId("outputWindow");
        Windows.setContent(window, content, 520, 130);
        window.show();
        return status;
    }
}
