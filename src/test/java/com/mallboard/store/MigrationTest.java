package com.mallboard.store;

import static com.mallboard.store.generated.Tables.PRODUCT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("sqlite-file")
class MigrationTest {
    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve(Database.FILE_NAME);
    }

    private Flyway flyway() {
        return Flyway.configure().dataSource(Database.dataSource(file())).locations("classpath:db/migration/sqlite").load();
    }

    /** The newest migration shipped with this build, whatever number it has reached. */
    private MigrationVersion latestShipped() {
        return Arrays.stream(flyway().info().all()).map(MigrationInfo::getVersion)
                .max(MigrationVersion::compareTo).orElseThrow();
    }

    @Test
    void anEmptyDataFolderIsMigratedToTheLatestVersion() {
        Database database = Database.open(folder);

        assertThat(flyway().info().current().getVersion()).isEqualTo(latestShipped());
        assertThat(flyway().info().pending()).isEmpty();
        assertThat(database.dsl().meta().getTables("product")).isNotEmpty();
    }

    @Test
    void version2GivesProductsAnEmptyWarehouseLocation() {
        TestStore store = TestStore.open(folder);
        store.createDraft("TOR-SUN", "선크림");

        assertThat(store.dsl().select(PRODUCT.LOCATION).from(PRODUCT).fetchSingle(PRODUCT.LOCATION)).isNull();
    }

    @Test
    void aVersion1DatabaseIsUpgradedKeepingItsProducts() throws SQLException {
        Flyway.configure().dataSource(Database.dataSource(file())).locations("classpath:db/migration/sqlite")
                .target("1").load().migrate();
        try (Connection connection = Database.dataSource(file()).getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO product (sku, name, brand, stage, price_won, stage_entered_at, created_at,
                                             updated_at, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, "V1-TONER");
            insert.setString(2, "어성초 77 토너");
            insert.setString(3, "Anua");
            insert.setString(4, "SOURCING");
            insert.setLong(5, 19_800);
            insert.setString(6, "2026-10-01T00:00:00Z");
            insert.setString(7, "2026-09-30T00:00:00Z");
            insert.setString(8, "2026-10-01T00:00:00Z");
            insert.setInt(9, 3);
            insert.executeUpdate();
        }
        assertThat(flyway().info().current().getVersion()).isEqualTo(MigrationVersion.fromVersion("1"));

        TestStore store = TestStore.open(folder);

        assertThat(flyway().info().current().getVersion()).isEqualTo(latestShipped());
        assertThat(store.productRepository().findActive()).singleElement().satisfies(product -> {
            assertThat(product.sku()).isEqualTo("V1-TONER");
            assertThat(product.name()).isEqualTo("어성초 77 토너");
            assertThat(product.details().brand()).isEqualTo("Anua");
            assertThat(product.details().priceWon()).isEqualTo(19_800L);
            assertThat(product.stage()).isEqualTo(Stage.SOURCING);
            assertThat(product.version()).isEqualTo(3);
        });
        Product upgraded = store.productRepository().findActive().get(0);
        Product edited = store.products().update(upgraded, upgraded.details().toBuilder().priceWon(21_000L).build(),
                Set.of());
        assertThat(edited.version()).isEqualTo(4);
    }

    @Test
    void openingAnUpToDateDatabaseAgainAppliesNothing() {
        Database.open(folder);
        int applied = flyway().info().applied().length;

        Database.open(folder);

        assertThat(flyway().info().applied()).hasSize(applied);
    }

    @Test
    void aDatabaseFromANewerMallboardIsRefusedAndLeftAlone() throws SQLException, IOException {
        flyway().migrate();
        String known = latestShipped().getVersion();
        try (Connection connection = Database.dataSource(file()).getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("""
                    INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,
                        installed_by, installed_on, execution_time, success)
                    VALUES (999, '999', 'from the future', 'SQL', 'V999__from_the_future.sql', 0,
                        'newer-mallboard', '2027-01-01 00:00:00', 1, 1)""");
            statement.executeUpdate("INSERT INTO setting (key, value) VALUES ('written.by', 'newer')");
        }
        byte[] before = Files.readAllBytes(file());

        assertThatThrownBy(() -> Database.open(folder))
                .isInstanceOf(NewerSchemaException.class)
                .hasMessageContaining(file().toString())
                .hasMessageContaining("999")
                .hasMessageContaining("(" + known + ")")
                .satisfies(e -> {
                    NewerSchemaException newer = (NewerSchemaException) e;
                    assertThat(newer.databaseVersion()).isEqualTo("999");
                    assertThat(newer.appVersion()).isEqualTo(known);
                    assertThat(newer.where()).isEqualTo(file().toString());
                });

        assertThat(Files.readAllBytes(file())).isEqualTo(before);
        try (Connection connection = Database.dataSource(file()).getConnection();
                Statement statement = connection.createStatement()) {
            var history = statement.executeQuery("SELECT count(*), max(installed_rank) FROM flyway_schema_history");
            assertThat(history.getInt(1)).isEqualTo(flyway().info().applied().length);
            assertThat(history.getInt(2)).isEqualTo(999);
        }
    }
}
