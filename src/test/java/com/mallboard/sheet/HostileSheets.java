package com.mallboard.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Broken and hostile spreadsheets, made by the tests themselves (no binaries in the repository): a workbook's XML
 * rewritten after POI wrote it (a zip bomb, an external entity, a million rows), a password, random bytes.
 */
public final class HostileSheets {
    /** The worksheet part of a one-sheet workbook written by POI. */
    public static final String FIRST_SHEET = "xl/worksheets/sheet1.xml";

    /** Writes the new content of a zip entry. */
    @FunctionalInterface
    public interface PartWriter {
        void write(Writer out) throws IOException;
    }

    private HostileSheets() {
    }

    public static Path randomBytes(Path file, int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return write(file, bytes);
    }

    public static Path write(Path file, byte[] bytes) {
        try {
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of {@code workbook} whose {@code entry} holds what {@code content} writes (UTF-8), the rest unchanged. */
    public static Path replacePart(Path workbook, String entry, Path target, PartWriter content) {
        try (ZipFile zip = new ZipFile(workbook.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(entry)) {
                    Writer writer = new OutputStreamWriter(new NonClosing(out), StandardCharsets.UTF_8);
                    content.write(writer);
                    writer.flush();
                } else {
                    try (InputStream in = zip.getInputStream(e)) {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The worksheet XML with {@code rows} (each a row's {@code <c>} elements) and an optional DOCTYPE before it. */
    public static PartWriter worksheet(String doctype, List<String> rows) {
        return out -> {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + doctype);
            out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            for (int r = 0; r < rows.size(); r++) {
                out.write("<row r=\"" + (r + 1) + "\">" + rows.get(r) + "</row>");
            }
            out.write("</sheetData></worksheet>");
        };
    }

    /** An inline string cell, the way streaming writers store text. */
    public static String text(String reference, String value) {
        return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + value + "</t></is></c>";
    }

    /**
     * A worksheet with a header and one row, then {@code megabytes} of spaces (valid XML, and compressing about a
     * thousand to one): a zip bomb that inflates far past what its size allows.
     */
    public static PartWriter bomb(int megabytes) {
        return out -> {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
                    + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            out.write("<row r=\"1\">" + text("A1", "SKU") + text("B1", "상품명") + "</row>");
            char[] spaces = new char[1024 * 1024];
            java.util.Arrays.fill(spaces, ' ');
            for (int i = 0; i < megabytes; i++) {
                out.write(spaces);
            }
            out.write("<row r=\"2\">" + text("A2", "BOMB-1") + text("B2", "폭탄") + "</row></sheetData></worksheet>");
        };
    }

    /** {@code count} product rows under a header, streamed: SKU, name, price, stock. */
    public static PartWriter manyRows(int count) {
        return out -> {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
                    + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            out.write("<row r=\"1\">" + text("A1", "SKU") + text("B1", "상품명") + text("C1", "판매가")
                    + text("D1", "재고") + "</row>");
            for (int r = 2; r <= count + 1; r++) {
                out.write("<row r=\"" + r + "\">" + text("A" + r, "M-" + r) + text("B" + r, "상품 " + r)
                        + "<c r=\"C" + r + "\"><v>" + (10_000 + r % 5_000) + "</v></c><c r=\"D" + r + "\"><v>"
                        + r % 97 + "</v></c></row>");
            }
            out.write("</sheetData></worksheet>");
        };
    }

    /** {@code workbook} encrypted with {@code password} the way Excel's "Encrypt with password" does (agile). */
    public static Path passwordProtected(Path workbook, Path target, String password) {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream os = encryptor.getDataStream(fs); InputStream in = Files.newInputStream(workbook)) {
                in.transferTo(os);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                fs.writeFilesystem(out);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sheets by name, in order, each written like {@link SampleSheets#xlsx}; an empty list is an empty sheet. */
    public static Path sheets(Path file, Map<String, List<List<Object>>> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            for (Map.Entry<String, List<List<Object>>> sheet : sheets.entrySet()) {
                Sheet target = workbook.createSheet(sheet.getKey());
                List<List<Object>> rows = sheet.getValue();
                for (int r = 0; r < rows.size(); r++) {
                    Row row = target.createRow(r);
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        Object value = rows.get(r).get(c);
                        if (value instanceof Number n) {
                            row.createCell(c).setCellValue(n.doubleValue());
                        } else if (value != null) {
                            row.createCell(c).setCellValue(value.toString());
                        }
                    }
                }
            }
            workbook.write(out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens {@code file} with POI, lets {@code change} edit its first sheet, and saves it. */
    public static Path edit(Path file, Consumer<Sheet> change) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            change.accept(workbook.getSheetAt(0));
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps the zip stream open when the part's writer is flushed and dropped. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
