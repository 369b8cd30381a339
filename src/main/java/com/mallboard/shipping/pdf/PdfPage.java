package com.mallboard.shipping.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * One page being drawn, with coordinates measured from the top edge (PDF's own origin is the bottom left).
 * Text goes through {@link PdfFonts#clean} so a stray emoji in an address cannot break a whole batch.
 */
final class PdfPage implements AutoCloseable {
    static final Color BLACK = Color.BLACK;
    static final Color GREY = new Color(0x55, 0x55, 0x55);
    static final Color RULE = new Color(0xBB, 0xBB, 0xBB);
    static final int QUIET = 10;
    private static final String ELLIPSIS = "...";

    private final PdfFonts fonts;
    private final PDPageContentStream stream;
    private final float height;

    PdfPage(PDDocument document, PDRectangle size, PdfFonts fonts) {
        this.fonts = fonts;
        this.height = size.getHeight();
        PDPage page = new PDPage(size);
        document.addPage(page);
        try {
            this.stream = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PdfFonts fonts() {
        return fonts;
    }

    /** Draws one line of text whose top is {@code top} points below the page's top edge. */
    void text(String text, float x, float top, PDFont font, float size, Color color) {
        String clean = fonts.clean(text);
        if (clean.isEmpty()) {
            return;
        }
        try {
            stream.setNonStrokingColor(color);
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, height - top - size * 0.85f);
            stream.showText(clean);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void text(String text, float x, float top, PDFont font, float size) {
        text(text, x, top, font, size, Color.BLACK);
    }

    /** Text ending at {@code right}. */
    void textRight(String text, float right, float top, PDFont font, float size) {
        text(text, right - width(text, font, size), top, font, size, Color.BLACK);
    }

    /** One line cut to {@code maxWidth}, with "..." when it was cut. */
    void textFit(String text, float x, float top, float maxWidth, PDFont font, float size, Color color) {
        text(fit(text, maxWidth, font, size), x, top, font, size, color);
    }

    float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(fonts.clean(text)) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String fit(String text, float maxWidth, PDFont font, float size) {
        String clean = fonts.clean(text);
        if (width(clean, font, size) <= maxWidth) {
            return clean;
        }
        int end = clean.length();
        while (end > 0 && width(clean.substring(0, end) + ELLIPSIS, font, size) > maxWidth) {
            end--;
        }
        return clean.substring(0, end).strip() + ELLIPSIS;
    }

    /** Breaks text into lines no wider than {@code maxWidth}: at spaces where possible (Korean addresses have them). */
    List<String> wrap(String text, float maxWidth, PDFont font, float size) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : fonts.clean(text).split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, size) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, font, size) > maxWidth && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut), font, size) > maxWidth) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** An empty square to tick by hand, its top at {@code top}. */
    void box(float x, float top, float side) {
        try {
            stream.setStrokingColor(Color.BLACK);
            stream.setLineWidth(0.8f);
            stream.addRect(x, height - top - side, side, side);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A horizontal rule. */
    void rule(float x1, float x2, float top, float lineWidth) {
        try {
            stream.setStrokingColor(RULE);
            stream.setLineWidth(lineWidth);
            stream.moveTo(x1, height - top);
            stream.lineTo(x2, height - top);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A barcode scaled to {@code width}, which includes a quiet zone of {@value #QUIET} modules on each side (scanners
     * need it), its bars' top at {@code top}, and its text under them when {@code textSize} is positive.
     */
    void barcode(Barcodes.Bars bars, float left, float top, float width, float barHeight, float textSize) {
        boolean[] modules = bars.modules();
        float module = width / (modules.length + 2 * QUIET);
        float x = left + QUIET * module;
        try {
            stream.setNonStrokingColor(Color.BLACK);
            int i = 0;
            while (i < modules.length) {
                if (!modules[i]) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < modules.length && modules[i]) {
                    i++;
                }
                stream.addRect(x + start * module, height - top - barHeight, (i - start) * module, barHeight);
            }
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (textSize > 0) {
            float textWidth = width(bars.text(), fonts.regular(), textSize);
            text(bars.text(), left + (width - textWidth) / 2, top + barHeight + 1.5f, fonts.regular(), textSize, Color.BLACK);
        }
    }

    @Override
    public void close() {
        try {
            stream.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
