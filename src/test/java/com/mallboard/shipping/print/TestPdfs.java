package com.mallboard.shipping.print;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javax.print.DocFlavor;
import javax.print.StreamPrintServiceFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small A4 PDFs whose pages say "Page 1", "Page 2", … for the print and preview tests. */
public final class TestPdfs {
    private TestPdfs() {
    }

    /** A print destination writing PostScript to {@code out}, as a printer driver would receive it. */
    public static PrintDestination postScriptTo(OutputStream out) {
        StreamPrintServiceFactory[] factories = StreamPrintServiceFactory.lookupStreamPrintServiceFactories(
                DocFlavor.SERVICE_FORMATTED.PAGEABLE, DocFlavor.BYTE_ARRAY.POSTSCRIPT.getMimeType());
        if (factories.length == 0) {
            throw new IllegalStateException("this JDK has no PostScript print service");
        }
        return PrintDestination.to(factories[0].getPrintService(out));
    }

    /** How many pages a PostScript print job holds. */
    public static int postScriptPages(Path file) throws IOException {
        String postScript = Files.readString(file, StandardCharsets.ISO_8859_1);
        return (int) Pattern.compile("^%%Page: ", Pattern.MULTILINE).matcher(postScript).results().count();
    }

    public static byte[] pages(int count) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            for (int i = 1; i <= count; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 48);
                    content.newLineAtOffset(72, 700);
                    content.showText("Page " + i);
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
