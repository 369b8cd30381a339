package com.mallboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.team.Role;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RefusalTranslatorTest {

    @Test
    void aRefusedWriteNeedsTheRoleThatWritesItsTable() {
        assertThat(RefusalTranslator.neededFor("update \"product\" set \"name\" = ? where \"id\" = ?"))
                .contains(Role.MERCHANDISER);
        assertThat(RefusalTranslator.neededFor("insert into \"public\".\"shipment\" (\"order_ref\") values (?)"))
                .contains(Role.WAREHOUSE);
        assertThat(RefusalTranslator.neededFor("insert into \"setting\" (\"key\", \"value\") values (?, ?)"
                + " on conflict do update set \"value\" = ?")).contains(Role.MANAGER);
    }

    @Test
    void aRefusedReadOfReceiversNeedsTheWarehouseAndOfTheExportLogTheManager() {
        assertThat(RefusalTranslator.neededFor("select \"mall_order\".\"receiver_name\" from \"mall_order\""))
                .contains(Role.WAREHOUSE);
        assertThat(RefusalTranslator.neededFor("select * from \"report_export_log\" limit ?")).contains(Role.MANAGER);
    }

    @Test
    void aRefusalThatCannotBeToldNamesNoRole() {
        assertThat(RefusalTranslator.neededFor("select 1")).isEmpty();
        assertThat(RefusalTranslator.neededFor(null)).isEmpty();
    }

    @Test
    void theLocalFilesUserAndTheSchemaOwnerHoldEveryRole(@TempDir Path folder) {
        try (Database store = TestDatabases.open(folder)) {
            assertThat(ServerRoles.of(store).held()).isEqualTo(EnumSet.allOf(Role.class));
        }
    }
}
