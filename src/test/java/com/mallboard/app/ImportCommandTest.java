package com.mallboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.sheet.SampleSheets;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a script sees from {@code mallboard import}: counts, one line per problem, exit codes it can rely on. */
class ImportCommandTest {
    @TempDir
    Path folder;
    private Path data;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void storeWithOneProduct() {
        data = folder.resolve("data");
        try (AppContext context = new AppContext(data, Clock.systemUTC(), "cli")) {
            context.products().create(ProductDetails.builder().sku("OLD-1").name("기존 상품").priceWon(10_000L)
                    .build(), Set.of());
        }
    }

    private int run(String... args) {
        return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    private List<Product> products() {
        try (AppContext context = new AppContext(data, Clock.systemUTC(), "cli")) {
            return context.products().active();
        }
    }

    private Path file(List<Object>... rows) {
        List<List<Object>> all = new java.util.ArrayList<>();
        all.add(List.of("SKU", "상품명", "판매가"));
        all.addAll(List.of(rows));
        return SampleSheets.xlsx(folder.resolve("products.xlsx"), all);
    }

    @Test
    void aGoodFileIsImportedAndCountedWithExitCodeZero() {
        Path file = file(List.of("OLD-1", "기존 상품", 12_000), List.of("NEW-1", "새 상품", 9_900));

        int code = run("import", file.toString(), "--data-dir", data.toString());

        assertThat(code).as(output()).isEqualTo(CommandLine.OK);
        assertThat(output()).contains("preview: 1 inserts, 1 updates, 0 unchanged, 0 rows with problems",
                "imported: 1 inserted, 1 updated, 0 unchanged, 0 rows with problems skipped");
        assertThat(products()).extracting(p -> p.sku() + " " + p.details().priceWon())
                .containsExactlyInAnyOrder("OLD-1 12000", "NEW-1 9900");
    }

    @Test
    void problemsArePrintedOnePerLineInEnglishAndNothingIsWritten() {
        Path file = file(List.of("NEW-1", "새 상품", 9_900), List.of("NEW-2", "가격 문의", "문의"));

        int code = run("import", file.toString(), "--data-dir=" + data);

        assertThat(code).isEqualTo(CommandLine.FAILED);
        assertThat(output()).contains("row 3, column C: \"문의\" is not a whole number.",
                "nothing was written: fix the rows above, or run again with --valid-rows-only");
        assertThat(products()).extracting(Product::sku).containsExactly("OLD-1");
    }

    @Test
    void validRowsOnlyImportsTheGoodRowsAndSkipsTheRest() {
        Path file = file(List.of("NEW-1", "새 상품", 9_900), List.of("NEW-2", "가격 문의", "문의"));

        int code = run("import", file.toString(), "--valid-rows-only", "--data-dir", data.toString());

        assertThat(code).isEqualTo(CommandLine.OK);
        assertThat(output()).contains("imported: 1 inserted, 0 updated, 0 unchanged, 1 rows with problems skipped");
        assertThat(products()).extracting(Product::sku).containsExactlyInAnyOrder("OLD-1", "NEW-1");
    }

    @Test
    void aDryRunWritesNothingAndSaysSo() {
        Path file = file(List.of("OLD-1", "기존 상품", 12_000), List.of("NEW-1", "새 상품", 9_900));

        int code = run("import", "--dry-run", file.toString(), "--data-dir", data.toString());

        assertThat(code).isEqualTo(CommandLine.OK);
        assertThat(output()).contains("preview: 1 inserts, 1 updates", "dry run: nothing was written")
                .doesNotContain("imported:");
        assertThat(products()).extracting(p -> p.sku() + " " + p.details().priceWon()).containsExactly("OLD-1 10000");
    }

    @Test
    void aFileThatCannotBeReadIsAFailureWithTheUsersMessage() throws Exception {
        Path empty = Files.createFile(folder.resolve("empty.xlsx"));

        assertThat(run("import", empty.toString(), "--data-dir", data.toString())).isEqualTo(CommandLine.FAILED);
        assertThat(output()).contains("nothing was written: The file is empty: there is no row to read.");
    }

    @Test
    void aMissingFileArgumentOrAnUnknownOptionIsBadUsage() {
        assertThat(CommandLine.isCommand(new String[] {"import"})).isTrue();
        assertThat(run("import", "--data-dir", data.toString())).isEqualTo(CommandLine.USAGE);
        assertThat(output()).contains("FILE is required");
        assertThat(run("import", "a.xlsx", "--force", "--data-dir", data.toString())).isEqualTo(CommandLine.USAGE);
        assertThat(output()).contains("unknown option --force");
        assertThat(run("import", "a.xlsx", "b.xlsx")).isEqualTo(CommandLine.USAGE);
        assertThat(output()).contains("one FILE only, not 2");
        assertThat(run("import", "a.xlsx", "--data-dir")).isEqualTo(CommandLine.USAGE);
        assertThat(output()).contains("--data-dir needs a value")
                .contains("mallboard import FILE [--dry-run] [--valid-rows-only] [--data-dir PATH]");
    }
}
