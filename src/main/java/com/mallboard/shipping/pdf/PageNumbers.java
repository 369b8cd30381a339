package com.mallboard.shipping.pdf;

import com.mallboard.common.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;

/** "page / pages" centred at the foot of every page, added once the page count is known. */
final class PageNumbers {
    private PageNumbers() {
    }

    static void add(PDDocument document, PdfFonts fonts, Messages messages, float bottom, float size) {
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            PDPage page = document.getPage(i);
            String text = fonts.clean(messages.get("shipping.page", i + 1, pages));
            float pageWidth = page.getMediaBox().getWidth();
            try (PDPageContentStream stream = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
                float width = fonts.regular().getStringWidth(text) / 1000f * size;
                stream.setNonStrokingColor(PdfPage.GREY);
                stream.beginText();
                stream.setFont(fonts.regular(), size);
                stream.newLineAtOffset((pageWidth - width) / 2, bottom);
                stream.showText(text);
                stream.endText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
