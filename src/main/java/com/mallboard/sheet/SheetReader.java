package com.mallboard.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a spreadsheet the way the user sees it in Excel: CSV or tab-separated text (UTF-8 with or without a BOM,
 * UTF-16 with a BOM, or CP949 as Korean Windows writes it), {@code .xlsx} or {@code .xls} (the first sheet). Every
 * cell comes back as text, so a tracking number stored as a number stays {@code 688012345678}.
 * The kind of file is told from its first bytes, not its name: couriers' downloads are often misnamed.
 */
public final class SheetReader {
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private SheetReader() {
    }

    public static Sheet read(Path file) {
        byte[] start = firstBytes(file);
        if (start.length == 0) {
            throw new SheetException("sheet.error.empty", null);
        }
        if (startsWith(start, ZIP) || startsWith(start, OLE2)) {
            return WorkbookSheets.read(file);
        }
        try {
            return CsvSheets.read(Files.readAllBytes(file));
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
