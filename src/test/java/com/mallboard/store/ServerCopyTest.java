package com.mallboard.store;

import static com.mallboard.store.generated.Tables.PRODUCT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mallboard.demo.DemoCatalogue;
import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.sync.ListingOverrides;
import com.mallboard.sync.Mall;
import com.mallboard.sync.Platform;
import com.mallboard.team.MoveReport;
import com.mallboard.team.MoveVerificationException;
import com.mallboard.team.ServerAddress;
import com.mallboard.team.ServerNotEmptyException;
import com.mallboard.team.StoreMove;
import com.mallboard.team.TeamPasswords;
import com.mallboard.team.TeamServerRefusedException;
import com.mallboard.team.TeamSettings;
import com.mallboard.sync.CredentialStore;
import com.mallboard.sync.MemoryCredentialStore;
import com.mallboard.board.BoardFilter;
import com.mallboard.board.SavedFilter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Moving a local store to a real PostgreSQL server: everything arrives, ids and all, or nothing does. */
@Tag("postgresql")
class ServerCopyTest {
    private static final String DATABASE = "mb_move_" + ProcessHandle.current().pid();
    private final ServerAddress server = TestDatabases.serverAddress(DATABASE);
    private final MemoryCredentialStore keyring = new MemoryCredentialStore();

    @TempDir
    Path folder;

    @BeforeAll
    static void serverDatabase() {
        TestDatabases.admin("postgres", "DROP DATABASE IF EXISTS " + DATABASE, "CREATE DATABASE " + DATABASE);
    }

    @BeforeEach
    void emptyIt() {
        TestDatabases.admin(DATABASE, "DROP SCHEMA public CASCADE", "CREATE SCHEMA public");
    }

    @AfterAll
    static void dropIt() {
        TestDatabases.admin("postgres", "DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
    }

    @Test
    void everyRowMovesWithItsIdAndTheFolderOpensOnTheServerFromThenOn() throws Exception {
        TestStore local = shopWithHistory();
        int products = local.rowCount(PRODUCT);
        long mostRecentId = local.dsl().select(org.jooq.impl.DSL.max(PRODUCT.ID)).from(PRODUCT).fetchOne().value1();
        local.database().close();
        byte[] localBefore = Files.readAllBytes(localFile());

        MoveReport report = move().move(folder, localFile(), server, TestDatabases.password());

        assertThat(report.tables()).extracting(MoveReport.TableCheck::table).contains("product", "listing", "mall");
        assertThat(report.tables()).filteredOn(check -> check.table().equals("product"))
                .singleElement().extracting(MoveReport.TableCheck::rows).isEqualTo((long) products);
        assertThat(TeamSettings.read(folder)).contains(server);
        assertThat(new TeamPasswords(credentials()).read(server)).contains(TestDatabases.password());
        assertThat(Files.readAllBytes(localFile())).as("the local file is kept as it was").isEqualTo(localBefore);
        try (Database moved = Database.connect(server, TestDatabases.password(), localFile())) {
            TestStore team = TestStore.over(moved);
            assertThat(team.rowCount(PRODUCT)).isEqualTo(products);
            Product next = team.createDraft("NEW-1", "서버에서 만든 첫 상품");
            assertThat(next.id()).as("new ids continue after the copied ones").isGreaterThan(mostRecentId);
            assertThat(team.board().loadCards()).isNotEmpty();
        }
    }

    @Test
    void aServerThatAlreadyHoldsDataIsRefusedAndTheFolderStaysLocal() {
        shopWithHistory().database().close();
        try (Database other = Database.connect(server, TestDatabases.password(), folder.resolve("other.db"))) {
            TestStore.over(other).createDraft("THEIRS-1", "다른 팀의 상품");
        }

        assertThatThrownBy(() -> move().move(folder, localFile(), server, TestDatabases.password()))
                .isInstanceOf(ServerNotEmptyException.class);

        assertThat(TeamSettings.read(folder)).isEmpty();
        assertThat(keyring.secrets()).isEmpty();
        try (Database server = Database.connect(this.server, TestDatabases.password(), localFile())) {
            assertThat(server.dsl().fetchCount(PRODUCT)).isEqualTo(1);
        }
    }

    @Test
    void aWrongPasswordMovesNothingAndRemembersNothing() {
        shopWithHistory().database().close();

        assertThatThrownBy(() -> move().move(folder, localFile(), server, "wrong"))
                .isInstanceOfSatisfying(TeamServerRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("team.refused.login.refused"));

        assertThat(TeamSettings.read(folder)).isEmpty();
        assertThat(keyring.secrets()).isEmpty();
    }

    @Test
    void aCopyThatDiffersFromTheLocalFileIsRolledBack() {
        shopWithHistory().database().close();
        // A trigger that quietly changes every copied name stands for a copy gone wrong on the way.
        Database.connect(server, TestDatabases.password(), localFile()).close();
        TestDatabases.admin(DATABASE, """
                CREATE FUNCTION garble() RETURNS trigger AS $$ BEGIN NEW.name := NEW.name || '?'; RETURN NEW; END $$
                LANGUAGE plpgsql""", "CREATE TRIGGER garble BEFORE INSERT ON product FOR EACH ROW EXECUTE FUNCTION garble()");

        assertThatThrownBy(() -> move().move(folder, localFile(), server, TestDatabases.password()))
                .isInstanceOfSatisfying(MoveVerificationException.class,
                        e -> assertThat(e.args()).startsWith("product"));

        assertThat(TeamSettings.read(folder)).isEmpty();
        try (Database server = Database.connect(this.server, TestDatabases.password(), localFile())) {
            assertThat(server.dsl().fetchCount(PRODUCT)).as("rolled back").isZero();
        }
    }

    /** The demo catalogue with its past, a mall with listings, settings and a saved filter. */
    private TestStore shopWithHistory() {
        TestStore local = TestStore.onLocalFile(folder);
        new DemoCatalogue(local.productRepository(), local.clock(), TestStore.USER).install();
        Mall glow = local.malls().add(new Mall(0, Platform.CAFE24, "glowmall", 1, "글로우몰", "2025-12-01", null, "c",
                true, false));
        Product listed = local.createAt(Stage.SHIPMENT, TestStore.completeDetails("TOR-100"), "sunscreen", "best");
        local.listings().save(listed.id(), glow.id(), ListingOverrides.NONE);
        local.settings().put("board.title", "신상품 보드");
        local.savedFilters().save(new SavedFilter("선크림", BoardFilter.NONE.withText("선크림")));
        return local;
    }

    private StoreMove move() {
        return new StoreMove(new ServerCopy(), new TeamPasswords(credentials()));
    }

    private Path localFile() {
        return folder.resolve(Database.FILE_NAME);
    }

    private CredentialStore credentials() {
        return keyring;
    }
}
