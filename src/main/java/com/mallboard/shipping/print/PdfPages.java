package com.mallboard.shipping.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * An open PDF whose pages are drawn one at a time, for a preview that shows only the pages on screen: a 1,000-slip
 * batch would not fit in memory as pictures. PDFBox's renderer is not thread-safe, so pages are drawn one at a time.
 */
public final class PdfPages implements AutoCloseable {
    private final PDDocument document;
    private final PDFRenderer renderer;

    private PdfPages(PDDocument document) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
    }

    public static PdfPages open(byte[] pdf) throws PrintFailedException {
        try {
            return new PdfPages(Loader.loadPDF(pdf));
        } catch (IOException e) {
            throw new PrintFailedException("print.unreadable", e.getMessage(), e);
        }
    }

    public int count() {
        return document.getNumberOfPages();
    }

    /** The page's width over its height, to lay pages out before they are drawn. */
    public synchronized double aspectRatio(int index) {
        var box = document.getPage(index).getMediaBox();
        return box.getWidth() / box.getHeight();
    }

    /** The page's width in inches. */
    public synchronized double widthInches(int index) {
        return document.getPage(index).getMediaBox().getWidth() / 72.0;
    }

    /** Page {@code index} (from 0) as a picture at {@code dpi}. */
    public synchronized BufferedImage render(int index, float dpi) {
        try {
            return renderer.renderImageWithDPI(index, dpi);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
