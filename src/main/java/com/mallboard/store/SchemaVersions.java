package com.mallboard.store;

import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/** The newest schema this build knows, read once from its migrations. */
final class SchemaVersions {
    private static MigrationVersion latest;

    private SchemaVersions() {
    }

    static synchronized MigrationVersion latestKnown() {
        if (latest == null) {
            // An empty in-memory database: every migration this build has shows as pending.
            Flyway flyway = Flyway.configure().dataSource("jdbc:sqlite::memory:", "", "")
                    .locations(Database.MIGRATIONS).load();
            latest = Arrays.stream(flyway.info().all()).map(MigrationInfo::getVersion)
                    .max(MigrationVersion::compareTo).orElse(MigrationVersion.EMPTY);
        }
        return latest;
    }
}
