package com.mallboard.store;

import static com.mallboard.store.generated.Tables.PRODUCT;

import com.mallboard.store.generated.DefaultSchema;
import com.mallboard.team.MoveReport;
import com.mallboard.team.MoveReport.TableCheck;
import com.mallboard.team.MoveVerificationException;
import com.mallboard.team.ServerAddress;
import com.mallboard.team.ServerNotEmptyException;
import com.mallboard.team.TeamServerRefusedException;
import com.mallboard.team.TeamServers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;

/**
 * Copies a local SQLite store to an empty team database, keeping every id so that references, stage history and
 * what the malls know stay true. One server transaction: the rows are inserted table by table (referenced tables
 * first), identity counters moved past the copied ids, and each table's count and checksum compared with the local
 * file's before the commit; a mismatch rolls everything back.
 */
public final class ServerCopy implements TeamServers {
    private static final int ROWS_PER_INSERT = 500;

    @Override
    public void check(ServerAddress address, String password) {
        connect(address, password, null).close();
    }

    @Override
    public MoveReport copy(Path localFile, ServerAddress to, String password) {
        try (Database local = Database.open(localFile.getParent());
                Database server = connect(to, password, localFile)) {
            refuseData(server, to);
            List<TableCheck> localChecks = TableChecksums.of(local.dsl(), tables());
            server.dsl().transaction(configuration -> {
                DSLContext tx = configuration.dsl();
                for (Table<?> table : tables()) {
                    copyRows(local.dsl(), tx, table);
                }
                IdentityCounters.moveOnePastTheLargestId(tx, tables());
                verify(localChecks, TableChecksums.of(tx, tables()));
            });
            return new MoveReport(localChecks);
        }
    }

    private static Database connect(ServerAddress address, String password, Path localFile) {
        try {
            return Database.connect(address, password, localFile);
        } catch (ServerRefusedException e) {
            throw new TeamServerRefusedException(e.messageKey(), e.server(), e);
        }
    }

    /** The app's tables, every table before those that reference it. */
    static List<Table<?>> tables() {
        return TableOrder.referencedFirst(DefaultSchema.DEFAULT_SCHEMA.getTables());
    }

    private static void refuseData(Database server, ServerAddress to) {
        for (Table<?> table : tables()) {
            if (server.dsl().fetchExists(table)) {
                throw new ServerNotEmptyException(to.describe(), server.dsl().fetchCount(PRODUCT));
            }
        }
    }

    private static void copyRows(DSLContext from, DSLContext to, Table<?> table) {
        List<Record> chunk = new ArrayList<>(ROWS_PER_INSERT);
        try (var rows = from.selectFrom(table).fetchLazy()) {
            for (Record row : rows) {
                chunk.add(row);
                if (chunk.size() == ROWS_PER_INSERT) {
                    insert(to, table, chunk);
                    chunk.clear();
                }
            }
        }
        if (!chunk.isEmpty()) {
            insert(to, table, chunk);
        }
    }

    private static void insert(DSLContext to, Table<?> table, List<Record> rows) {
        to.insertInto(table, table.fields()).valuesOfRecords(rows).execute();
    }

    private static void verify(List<TableCheck> local, List<TableCheck> server) {
        for (int i = 0; i < local.size(); i++) {
            if (!local.get(i).equals(server.get(i))) {
                throw new MoveVerificationException(local.get(i).table(), local.get(i).rows(), server.get(i).rows());
            }
        }
    }
}
