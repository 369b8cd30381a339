package com.mallboard.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a spreadsheet the way the user sees it in Excel: CSV or tab-separated text (UTF-8 with or without a BOM,
 * UTF-16 with a BOM, or CP949 as Korean Windows writes it), {@code .xlsx} (streamed, {@link XlsxStreamReader}) or
 * {@code .xls}. Every cell comes back as text, so a tracking number stored as a number stays {@code 688012345678}.
 * The kind of file is told from its first bytes, not its name: couriers' downloads are often misnamed, and a CSV
 * renamed to {@code .xlsx} is still read as the CSV it is.
 */
public final class SheetReader {
    /** Text files are decoded whole (the encoding is guessed from all of it); larger ones are not tables anyone types. */
    static final long MAX_TEXT_BYTES = 256L * 1024 * 1024;
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private SheetReader() {
    }

    /** The first sheet, at most {@link TableSearch#DEFAULT_MAX_ROWS} rows under its header. */
    public static Sheet read(Path file) {
        return read(file, TableSearch.FIRST_SHEET);
    }

    /** The sheet {@code search} asks for; {@code sheet.error.no.table} names the sheets looked at when none fits. */
    public static Sheet read(Path file, TableSearch search) {
        byte[] start = firstBytes(file);
        if (start.length == 0) {
            throw new SheetException("sheet.error.empty", null);
        }
        if (startsWith(start, ZIP)) {
            return XlsxStreamReader.read(file, search);
        }
        if (startsWith(start, OLE2)) {
            return WorkbookSheets.read(file, search);
        }
        try {
            if (Files.size(file) > MAX_TEXT_BYTES) {
                throw new SheetException("sheet.error.too.many.rows", null, search.maxRows());
            }
            return CsvSheets.read(Files.readAllBytes(file), search);
        } catch (IOException e) {
            throw new SheetException("sheet.error.unreadable", e, file.getFileName());
        }
    }

    private static byte[] firstBytes(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(OLE2.length);
        } catch (IOException e) {
            throw new SheetException("sheet.error.unreadable", e, file.getFileName());
        }
    }

    static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
