package com.mallboard.shipping.pdf;

import com.mallboard.common.Messages;
import com.mallboard.shipping.labels.LabelLine;
import com.mallboard.shipping.labels.ProductLabel;
import java.util.ArrayList;
import java.util.List;

/**
 * One product label inside its cell: name and capacity, the mandatory lines, the ingredient list in what room is left,
 * and the barcode at the bottom. Sizes follow the cell, so one drawing serves sheets and thermal rolls; no text is
 * smaller than {@value #MIN_TEXT_SIZE} pt, the smallest type Korean cosmetic labels may use.
 */
final class LabelDrawing {
    static final float MIN_TEXT_SIZE = 5f;
    /** The 70 × 37 mm sheet label, in points: the size the type sizes below are chosen for. */
    private static final float BASE_WIDTH = 198f;
    private static final float BASE_HEIGHT = 105f;
    private static final float LEADING = 1.15f;
    private static final float MODULE = 1f;

    /** How the ingredient list is set: its type size, its lines, and whether it had to be cut short. */
    record Fit(float size, List<String> lines, boolean shortened) {
    }

    private final PdfPage page;
    private final PdfFonts fonts;
    private final Messages captions;
    private final float left;
    private final float top;
    private final float width;
    private final float height;
    private final float s;

    /** The cell in points from the page's top left; the label keeps a padding inside it. */
    LabelDrawing(PdfPage page, Messages captions, float cellLeft, float cellTop, float cellWidth, float cellHeight) {
        this.page = page;
        this.fonts = page.fonts();
        this.captions = captions;
        float padding = Math.min(cellWidth, cellHeight) * 0.07f;
        this.left = cellLeft + padding;
        this.top = cellTop + padding;
        this.width = cellWidth - 2 * padding;
        this.height = cellHeight - 2 * padding;
        this.s = Math.min(cellWidth / BASE_WIDTH, cellHeight / BASE_HEIGHT);
    }

    void draw(ProductLabel label) {
        float y = nameAndCapacity(label);
        float lineSize = lineSize();
        for (LabelLine line : label.lines()) {
            if (line.kind() != LabelLine.Kind.INGREDIENTS) {
                String caption = captions.get(line.kind().captionKey());
                float captionWidth = page.width(caption, fonts.bold(), lineSize) + 2.5f * s;
                page.text(caption, left, y, fonts.bold(), lineSize);
                page.textFit(line.text(), left + captionWidth, y, width - captionWidth, fonts.regular(), lineSize,
                        PdfPage.BLACK);
                y += lineSize * LEADING;
            }
        }
        Barcodes.Bars bars = Barcodes.of(label.code());
        float barcodeTop = top + height - barcodeHeight(bars);
        String ingredients = ingredientText(label);
        if (ingredients != null) {
            Fit fit = fitIngredients(ingredients, barcodeTop - y - 3 * s);
            for (String line : fit.lines()) {
                page.text(line, left, y, fonts.regular(), fit.size());
                y += fit.size() * LEADING;
            }
        }
        if (bars != null) {
            float full = (bars.modules().length + 2 * PdfPage.QUIET) * MODULE;
            page.barcode(bars, left, barcodeTop, Math.min(full, width), barHeight(), lineSize);
        }
    }

    /** The label's ingredient list as printed ("전성분 …"), or {@code null} when the product has none. */
    String ingredientText(ProductLabel label) {
        return label.lines().stream().filter(l -> l.kind() == LabelLine.Kind.INGREDIENTS).findFirst()
                .map(l -> captions.get(l.kind().captionKey()) + " " + l.text()).orElse(null);
    }

    /** Whether the label's ingredient list must be cut short in this cell. */
    boolean shortensIngredients(ProductLabel label) {
        String ingredients = ingredientText(label);
        if (ingredients == null) {
            return false;
        }
        float lines = label.lines().size() - 1f;
        float free = height - nameSize() * 1.3f - lines * lineSize() * LEADING - barcodeHeight(Barcodes.of(label.code()));
        return fitIngredients(ingredients, free - 3 * s).shortened();
    }

    /** The largest type from the line size down to the minimum that fits; at the minimum, cut with "...". */
    Fit fitIngredients(String text, float room) {
        for (float size = lineSize(); size >= MIN_TEXT_SIZE; size -= 0.25f) {
            List<String> lines = page.wrap(text, width, fonts.regular(), size);
            if (lines.size() <= maxLines(room, size)) {
                return new Fit(size, lines, false);
            }
        }
        List<String> lines = page.wrap(text, width, fonts.regular(), MIN_TEXT_SIZE);
        int keep = maxLines(room, MIN_TEXT_SIZE);
        if (keep <= 0) {
            return new Fit(MIN_TEXT_SIZE, List.of(), true);
        }
        List<String> kept = new ArrayList<>(lines.subList(0, keep - 1));
        // The last kept line runs on into the next so fit() cuts it at the edge and adds the ellipsis.
        kept.add(page.fit(lines.get(keep - 1) + " " + lines.get(keep), width, fonts.regular(), MIN_TEXT_SIZE));
        return new Fit(MIN_TEXT_SIZE, kept, true);
    }

    private float nameAndCapacity(ProductLabel label) {
        float size = nameSize();
        float capacityWidth = label.capacity() == null ? 0 : page.width(label.capacity(), fonts.bold(), size) + 4 * s;
        page.textFit(label.name(), left, top, width - capacityWidth, fonts.bold(), size, PdfPage.BLACK);
        if (label.capacity() != null) {
            page.textRight(label.capacity(), left + width, top, fonts.bold(), size);
        }
        return top + size * 1.3f;
    }

    private static int maxLines(float room, float size) {
        return (int) Math.floor((room + size * (LEADING - 1)) / (size * LEADING));
    }

    private float nameSize() {
        return Math.max(8.5f * s, 6.5f);
    }

    private float lineSize() {
        return Math.max(6f * s, MIN_TEXT_SIZE);
    }

    private float barHeight() {
        return height * 0.24f;
    }

    private float barcodeHeight(Barcodes.Bars bars) {
        return bars == null ? 0 : barHeight() + 1.5f + lineSize() * 1.05f;
    }
}
