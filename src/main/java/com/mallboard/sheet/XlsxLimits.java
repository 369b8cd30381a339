package com.mallboard.sheet;

import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * What a hostile {@code .xlsx} cannot make the reader do, and how its failures are told to the user.
 * <ul>
 * <li><b>Zip bombs.</b> An xlsx is a zip of XML parts. POI checks every part while inflating it: a part that
 * inflates more than {@link #MIN_INFLATE_RATIO} allows (100 times its compressed size; sheets that Excel or
 * Mallboard write inflate 5 to 30 times) or grows past {@link #MAX_ENTRY_SIZE} stops the read. Sheets are streamed,
 * so the entry limit matters most for the shared strings and styles, which are held in memory: 256 MiB of shared
 * strings is already far more text than a 100,000-row import has (about 60 MiB for 20 text columns).</li>
 * <li><b>Too many parts.</b> POI's default of at most 1,000 entries stays.</li>
 * <li><b>External entities (XXE).</b> Every part is parsed by POI's XML factories, which refuse a DOCTYPE, so an
 * entity naming a local file or a URL is never resolved; the file is reported as unsafe.</li>
 * </ul>
 * The limits are POI-wide static settings; setting them here (idempotently, before each read) keeps them next to
 * the reader that depends on them.
 */
final class XlsxLimits {
    static final double MIN_INFLATE_RATIO = 0.01;
    static final long MAX_ENTRY_SIZE = 256L * 1024 * 1024;

    private XlsxLimits() {
    }

    static void apply() {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    }

    /** The user's message for a workbook that could not be read. */
    static SheetException explain(Exception failure, Path file) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SheetException sheet) {
                return sheet;
            }
            if (t instanceof EncryptedDocumentException) {
                return new SheetException("sheet.error.encrypted", failure);
            }
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("max entry size")
                    || message.contains("the maximum allowed")) {
                return new SheetException("sheet.error.zip.bomb", failure, file.getFileName());
            }
            if (message.contains("doctype")) {
                return new SheetException("sheet.error.unsafe", failure, file.getFileName());
            }
        }
        return new SheetException("sheet.error.unreadable", failure, file.getFileName());
    }
}
