package com.mallboard.shipping.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled NanumGothic (regular and bold) embedded as subset Type0 fonts, so Korean names and addresses are real,
 * extractable text. The font files are read once per renderer; each document embeds its own subset.
 */
final class PdfFonts {
    private static final String REGULAR = "/fonts/NanumGothic.ttf";
    private static final String BOLD = "/fonts/NanumGothicBold.ttf";

    /** The TrueType files, read once and shared by the documents one renderer makes. */
    static final class Files {
        private final byte[] regular = read(REGULAR);
        private final byte[] bold = read(BOLD);

        PdfFonts embedIn(PDDocument document) {
            try {
                return new PdfFonts(load(document, regular), load(document, bold));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot embed NanumGothic", e);
            }
        }

        private static PDFont load(PDDocument document, byte[] bytes) throws IOException {
            return PDType0Font.load(document, new ByteArrayInputStream(bytes), true);
        }

        private static byte[] read(String resource) {
            try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the jar: " + resource);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final PDFont regular;
    private final PDFont bold;
    private final Map<Integer, Boolean> printable = new HashMap<>();

    private PdfFonts(PDFont regular, PDFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    PDFont regular() {
        return regular;
    }

    PDFont bold() {
        return bold;
    }

    /** Text the font can show: line breaks and tabs become spaces, characters without a glyph become '?'. */
    String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                out.append(' ');
            } else if (printable.computeIfAbsent(cp, this::hasGlyph)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    private boolean hasGlyph(int codePoint) {
        String s = new String(Character.toChars(codePoint));
        try {
            regular.encode(s);
            bold.encode(s);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
