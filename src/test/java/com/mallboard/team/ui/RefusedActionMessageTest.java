package com.mallboard.team.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.SameThreadTaskExecutor;
import com.mallboard.product.ProductService;
import com.mallboard.product.ui.TrashViewModel;
import com.mallboard.store.Database;
import com.mallboard.store.JooqChecklistRepository;
import com.mallboard.store.JooqProductRepository;
import com.mallboard.store.ServerLogins;
import com.mallboard.store.TestDatabases;
import com.mallboard.team.Role;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a person sees when the team server refuses their action: the role it needs, in their language, no trace. */
@Tag("postgresql")
class RefusedActionMessageTest {
    private static final Clock CLOCK = Clock.systemUTC();
    private final Locale before = Locale.getDefault();
    private ServerLogins logins;
    private Database owner;

    @AfterEach
    void tearDown() {
        Locale.setDefault(before);
        logins.close();
        owner.close();
    }

    @Test
    void warehouseRestoringAProductFromTheTrashIsToldItNeedsTheMerchandiserAndTheProductStaysThere(
            @TempDir Path folder) {
        owner = TestDatabases.open(folder.resolve("owner"));
        logins = ServerLogins.on(owner, folder);
        owner.dsl().execute("INSERT INTO product (sku, name, stage_entered_at, created_at, updated_at, deleted_at)"
                + " VALUES ('OLD-1', '단종 크림', '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z',"
                + " '2026-11-20T00:00:00Z')");
        Locale.setDefault(Locale.KOREAN); // the language the user chose; the main scene sets it
        TrashViewModel trash = new TrashViewModel(products(logins.connect(logins.person(Role.WAREHOUSE))),
                new SameThreadTaskExecutor(), new Messages(Locale.KOREAN), new Formats(Formats.SEOUL, Locale.KOREAN),
                () -> { });
        trash.load();
        trash.selectedProperty().set(trash.rows().get(0));

        trash.restoreSelected();

        assertThat(trash.errorProperty().get()).contains("상품 담당(MD)").contains("아무것도 바뀌지 않았습니다")
                .doesNotContain("Exception").doesNotContain("42501");
        assertThat(products(owner).trash()).extracting(product -> product.sku()).containsExactly("OLD-1");
    }

    private static ProductService products(Database store) {
        return new ProductService(new JooqProductRepository(store.dsl(), CLOCK),
                new JooqChecklistRepository(store.dsl(), CLOCK), CLOCK, "tester");
    }
}
