package com.mallboard.sheet;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Delimited text with commons-csv. Korean Windows (and most courier sites) save CSV in CP949; Excel's "CSV UTF-8"
 * adds a BOM; "Unicode text" is UTF-16 with a BOM and tabs. Text that is valid UTF-8 is taken as UTF-8, anything
 * else as CP949 (a superset of EUC-KR).
 */
final class CsvSheets {
    static final Charset CP949 = Charset.forName("MS949");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    private static final char[] DELIMITERS = {',', '\t', ';'};

    private CsvSheets() {
    }

    static Sheet read(byte[] bytes, TableSearch search) {
        String text = decode(bytes);
        if (!looksLikeText(text)) {
            throw new SheetException("sheet.error.not.table", null);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false)
                .setTrim(false).get();
        // One table: its header is taken whatever it says, and the caller's mapping explains a wrong one.
        RowCollector rows = new RowCollector("", search, true);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                rows.add(new SheetRow((int) record.getRecordNumber(), record.toList()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new SheetException("sheet.error.not.table", e);
        }
        return rows.sheet();
    }

    static String decode(byte[] bytes) {
        if (SheetReader.startsWith(bytes, UTF8_BOM)) {
            return new String(bytes, UTF8_BOM.length, bytes.length - UTF8_BOM.length, StandardCharsets.UTF_8);
        }
        if (SheetReader.startsWith(bytes, UTF16LE_BOM)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (SheetReader.startsWith(bytes, UTF16BE_BOM)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, CP949);
        }
    }

    /** Binary files decode to control characters or to U+FFFD where CP949 has no character. */
    private static boolean looksLikeText(String text) {
        return text.chars().noneMatch(c -> c == '\uFFFD' || c < ' ' && c != '\t' && c != '\r' && c != '\n');
    }

    /** The separator used most in the first line, outside quotes; a comma when there is none. */
    static char delimiter(String text) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r') && i > 0) {
                break;
            } else if (!quoted) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    counts[d] += c == DELIMITERS[d] ? 1 : 0;
                }
            }
        }
        int best = 0;
        for (int d = 1; d < DELIMITERS.length; d++) {
            best = counts[d] > counts[best] ? d : best;
        }
        return DELIMITERS[best];
    }
}
