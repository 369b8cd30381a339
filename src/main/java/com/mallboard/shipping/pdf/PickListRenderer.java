package com.mallboard.shipping.pdf;

import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.shipping.documents.PickLine;
import com.mallboard.shipping.documents.PickList;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The pick list of a batch as an A4 PDF: one row per SKU in walking order, with location, SKU, name and option,
 * quantity, the product barcode and a box to tick. The header repeats on every page; pages are numbered.
 */
public final class PickListRenderer {
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 36;
    private static final float ROW = 42;
    private static final float HEADER_TOP = 96;
    private static final float FOOTER = 40;
    private static final float X_BOX = MARGIN;
    private static final float X_LOCATION = MARGIN + 20;
    private static final float X_SKU = MARGIN + 92;
    private static final float X_NAME = MARGIN + 192;
    private static final float X_QTY_RIGHT = MARGIN + 392;
    private static final float X_BARCODE = MARGIN + 400;
    private static final float RIGHT = PAGE.getWidth() - MARGIN;

    private final Messages messages;
    private final Formats formats;
    private final Clock clock;
    private final PdfFonts.Files fontFiles = new PdfFonts.Files();

    public PickListRenderer(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
        this.formats = new Formats(Formats.SEOUL, messages.locale());
    }

    /** Rows that fit on one page. */
    static int rowsPerPage() {
        return (int) ((PAGE.getHeight() - HEADER_TOP - 20 - FOOTER) / ROW);
    }

    public byte[] render(PickList list) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        render(list, out);
        return out.toByteArray();
    }

    public void render(PickList list, OutputStream out) {
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = fontFiles.embedIn(document);
            List<PickLine> lines = list.lines();
            int perPage = rowsPerPage();
            int start = 0;
            do {
                try (PdfPage page = new PdfPage(document, PAGE, fonts)) {
                    header(page, list);
                    int end = Math.min(lines.size(), start + perPage);
                    float top = HEADER_TOP + 20;
                    for (int i = start; i < end; i++) {
                        row(page, lines.get(i), top);
                        top += ROW;
                    }
                    start = end;
                }
            } while (start < lines.size());
            PageNumbers.add(document, fonts, messages, 20, 8);
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void header(PdfPage page, PickList list) {
        PdfFonts fonts = page.fonts();
        page.text(messages.get("shipping.picklist.title"), MARGIN, MARGIN, fonts.bold(), 18);
        page.textRight(messages.get("shipping.printed", formats.dateTime(clock.instant())), RIGHT, MARGIN + 4,
                fonts.regular(), 8);
        page.text(messages.get("shipping.picklist.summary", list.orderCount(), list.lines().size(), list.totalQuantity()),
                MARGIN, MARGIN + 28, fonts.regular(), 10);
        float top = HEADER_TOP;
        page.text(messages.get("shipping.column.location"), X_LOCATION, top, fonts.bold(), 9);
        page.text(messages.get("shipping.column.sku"), X_SKU, top, fonts.bold(), 9);
        page.text(messages.get("shipping.column.product"), X_NAME, top, fonts.bold(), 9);
        page.textRight(messages.get("shipping.column.quantity"), X_QTY_RIGHT, top, fonts.bold(), 9);
        page.text(messages.get("shipping.column.barcode"), X_BARCODE + 12, top, fonts.bold(), 9);
        page.rule(MARGIN, RIGHT, top + 14, 1f);
    }

    private void row(PdfPage page, PickLine line, float top) {
        PdfFonts fonts = page.fonts();
        float textTop = top + 6;
        page.box(X_BOX, textTop, 11);
        String location = line.hasLocation() ? line.location() : messages.get("shipping.picklist.noLocation");
        page.textFit(location, X_LOCATION, textTop, X_SKU - X_LOCATION - 6, fonts.bold(), 10, PdfPage.BLACK);
        page.textFit(line.sku(), X_SKU, textTop, X_NAME - X_SKU - 6, fonts.regular(), 9, PdfPage.BLACK);
        float nameWidth = X_QTY_RIGHT - 30 - X_NAME;
        page.textFit(line.productName(), X_NAME, textTop, nameWidth, fonts.regular(), 9.5f, PdfPage.BLACK);
        if (line.option() != null) {
            page.textFit(line.option(), X_NAME, textTop + 13, nameWidth, fonts.regular(), 8.5f, PdfPage.GREY);
        }
        page.textRight(Integer.toString(line.quantity()), X_QTY_RIGHT, textTop - 1, fonts.bold(), 14);
        Barcodes.Bars bars = Barcodes.product(line.barcode(), line.sku());
        if (bars != null) {
            page.barcode(bars, X_BARCODE, top + 4, RIGHT - X_BARCODE, 24, 7);
        }
        page.rule(MARGIN, RIGHT, top + ROW, 0.4f);
    }
}
