package com.mallboard.shipping.pdf;

import com.mallboard.common.Messages;
import com.mallboard.shipping.labels.LabelBatch;
import com.mallboard.shipping.labels.LabelCell;
import com.mallboard.shipping.labels.LabelLayout;
import com.mallboard.shipping.labels.LabelWarning;
import com.mallboard.shipping.labels.ProductLabel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Product labels to PDF: one document for the whole batch, the fonts embedded once, each page the layout's paper
 * (an A4 sheet of labels or one thermal label). Captions are Korean whatever the app's language, because the labels
 * are for products sold in Korea, whose cosmetic labels must be in Korean.
 */
public final class LabelRenderer {
    private static final float POINTS_PER_MM = 72f / 25.4f;
    private final Messages captions = new Messages(Messages.KOREAN);
    private final PdfFonts.Files fontFiles = new PdfFonts.Files();

    public byte[] render(LabelBatch batch) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = fontFiles.embedIn(document);
            PdfPage page = null;
            int pageIndex = -1;
            try {
                for (LabelBatch.Placed placed : batch.placements()) {
                    if (placed.page() != pageIndex) {
                        closeQuietly(page);
                        page = new PdfPage(document, pageSize(batch.layout()), fonts);
                        pageIndex = placed.page();
                    }
                    drawing(page, placed.cell()).draw(placed.label());
                }
            } finally {
                closeQuietly(page);
            }
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The labels with a warning added where the ingredient list will not fit the layout's label even at the smallest
     * type, so the screen can say so before anything is printed.
     */
    public List<ProductLabel> withFitWarnings(List<ProductLabel> labels, LabelLayout layout) {
        try (PDDocument scratch = new PDDocument()) {
            PdfPage page = new PdfPage(scratch, pageSize(layout), fontFiles.embedIn(scratch));
            try {
                LabelDrawing drawing = drawing(page, layout.cell(0));
                List<ProductLabel> checked = new ArrayList<>(labels.size());
                for (ProductLabel label : labels) {
                    checked.add(drawing.shortensIngredients(label)
                            ? label.withWarning(LabelWarning.INGREDIENTS_SHORTENED) : label);
                }
                return checked;
            } finally {
                page.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LabelDrawing drawing(PdfPage page, LabelCell cell) {
        return new LabelDrawing(page, captions, points(cell.leftMm()), points(cell.topMm()), points(cell.widthMm()),
                points(cell.heightMm()));
    }

    private static PDRectangle pageSize(LabelLayout layout) {
        return new PDRectangle(points(layout.pageWidthMm()), points(layout.pageHeightMm()));
    }

    private static float points(double mm) {
        return (float) (mm * POINTS_PER_MM);
    }

    private static void closeQuietly(PdfPage page) {
        if (page != null) {
            page.close();
        }
    }
}
