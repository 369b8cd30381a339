package com.mallboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mallboard.store.ServerRefusedException.Reason;
import com.mallboard.team.ServerAddress;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Connecting to a real PostgreSQL server: a new database is migrated, bad addresses say what is wrong. */
@Tag("postgresql")
class TeamServerConnectTest {
    private static final String DATABASE = "mb_connect_" + ProcessHandle.current().pid();

    @TempDir
    Path folder;

    @BeforeAll
    static void serverDatabase() {
        TestDatabases.admin("postgres", "DROP DATABASE IF EXISTS " + DATABASE, "CREATE DATABASE " + DATABASE);
    }

    /** An empty schema is as new as a new database, without the checkpoint a DROP DATABASE costs. */
    @BeforeEach
    void emptyIt() {
        TestDatabases.admin(DATABASE, "DROP SCHEMA public CASCADE", "CREATE SCHEMA public");
    }

    @AfterAll
    static void dropIt() {
        TestDatabases.admin("postgres", "DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
    }

    @Test
    void aNewServerDatabaseIsMigratedAndUsedThroughTheSameJooqCode() {
        try (Database database = connect()) {
            assertThat(database.server()).contains(TestDatabases.serverAddress(DATABASE));
            assertThat(database.dsl().dialect().family()).isEqualTo(org.jooq.SQLDialect.POSTGRES);
            assertThat(new StoreFacts(database).schemaVersion()).isEqualTo(SchemaVersions.latestKnown().getVersion());
            assertThat(new StoreFacts(database).productCount()).isZero();
        }
        try (Database again = connect()) {
            assertThat(new StoreFacts(again).schemaVersion()).isEqualTo(SchemaVersions.latestKnown().getVersion());
        }
    }

    @Test
    void aServerDatabaseFromANewerMallboardIsRefusedUntouched() {
        connect().close();
        TestDatabases.admin(DATABASE, "INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
                + " script, checksum, installed_by, execution_time, success) VALUES (999, '999', 'future', 'SQL',"
                + " 'V999__future.sql', 0, 'someone', 0, true)");

        assertThatThrownBy(this::connect)
                .isInstanceOf(NewerSchemaException.class)
                .hasMessageContaining(TestDatabases.serverAddress(DATABASE).describe())
                .hasMessageContaining("999");
    }

    @Test
    void aWrongPasswordIsALoginRefusalThatNamesTheServerButNotThePassword() {
        assertThatThrownBy(() -> Database.connect(TestDatabases.serverAddress(DATABASE), "not-the-password", file()))
                .isInstanceOfSatisfying(ServerRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.LOGIN_REFUSED);
                    assertThat(e.server()).isEqualTo(TestDatabases.serverAddress(DATABASE).describe());
                    assertThat(e.getMessage()).doesNotContain("not-the-password");
                });
    }

    @Test
    void aMissingDatabaseAndAnUnreachableServerAreToldApart() {
        assertThatThrownBy(() -> Database.connect(TestDatabases.serverAddress("mb_no_such_db"), TestDatabases.password(),
                file()))
                .isInstanceOfSatisfying(ServerRefusedException.class, e -> assertThat(e.reason())
                        .isEqualTo(Reason.NO_DATABASE));
        ServerAddress closedPort = new ServerAddress("jdbc:postgresql://127.0.0.1:1/mallboard", "minji");
        assertThatThrownBy(() -> Database.connect(closedPort, "x", file()))
                .isInstanceOfSatisfying(ServerRefusedException.class, e -> assertThat(e.reason())
                        .isEqualTo(Reason.UNREACHABLE));
    }

    private Database connect() {
        return Database.connect(TestDatabases.serverAddress(DATABASE), TestDatabases.password(), file());
    }

    private Path file() {
        return folder.resolve(Database.FILE_NAME);
    }
}
