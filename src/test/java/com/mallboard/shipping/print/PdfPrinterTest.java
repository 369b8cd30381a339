package com.mallboard.shipping.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.print.PrintServiceLookup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Printing through Java's real print system: the job goes to a PostScript print service writing a file, which is what
 * a printer would receive, and the file is read back page by page.
 */
class PdfPrinterTest {
    @TempDir
    Path folder;

    @Test
    void everyPageReachesThePrinterAndIsCountedOnce() throws Exception {
        Path printed = folder.resolve("job.ps");
        List<Integer> heard = new ArrayList<>();
        try (OutputStream out = Files.newOutputStream(printed)) {
            boolean done = new PdfPrinter(TestPdfs.postScriptTo(out)).print(TestPdfs.pages(3), "three pages", heard::add);
            assertThat(done).isTrue();
        }
        assertThat(TestPdfs.postScriptPages(printed)).isEqualTo(3);
        assertThat(heard).containsExactly(1, 2, 3);
    }

    @Test
    void aCancelledPrintDialogSendsNothing() throws Exception {
        List<Integer> heard = new ArrayList<>();
        boolean done = new PdfPrinter(job -> false).print(TestPdfs.pages(2), "cancelled", heard::add);
        assertThat(done).isFalse();
        assertThat(heard).isEmpty();
    }

    @Test
    void aDocumentThatIsNotAPdfFailsWithAReasonInsteadOfPrintingGarbage() {
        byte[] notPdf = "<html>oops</html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new PdfPrinter(job -> true).print(notPdf, "bad", page -> { }))
                .isInstanceOfSatisfying(PrintFailedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("print.unreadable"));
    }

    @Test
    void withoutAnyPrinterTheUserIsToldToSetOneUpOrSaveAPdf() {
        assumeTrue(PrintServiceLookup.lookupDefaultPrintService() == null, "this machine has a printer");
        assertThatThrownBy(() -> new PdfPrinter(PrintDestination.askUser()).print(TestPdfs.pages(1), "x", p -> { }))
                .isInstanceOfSatisfying(PrintFailedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("print.no.printer"));
    }
}
