package com.mallboard.store;

import com.mallboard.team.MoveReport.TableCheck;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * A table's row count and a SHA-256 over its rows in primary-key order, each value as the generated classes read it
 * (so SQLite's and PostgreSQL's copies of the same row hash alike whatever their storage types).
 */
final class TableChecksums {
    private static final byte FIELD_END = 0x1f;
    private static final byte ROW_END = 0x1e;

    private TableChecksums() {
    }

    static List<TableCheck> of(DSLContext dsl, List<Table<?>> tables) {
        List<TableCheck> checks = new ArrayList<>();
        for (Table<?> table : tables) {
            checks.add(of(dsl, table));
        }
        return checks;
    }

    private static TableCheck of(DSLContext dsl, Table<?> table) {
        MessageDigest digest = sha256();
        long rows = 0;
        try (var cursor = dsl.selectFrom(table).orderBy(keyOrder(table)).fetchLazy()) {
            for (Record row : cursor) {
                for (Object value : row.intoArray()) {
                    digest.update(value == null ? new byte[] {0} : String.valueOf(value).getBytes(StandardCharsets.UTF_8));
                    digest.update(FIELD_END);
                }
                digest.update(ROW_END);
                rows++;
            }
        }
        return new TableCheck(table.getName(), rows, HexFormat.of().formatHex(digest.digest()));
    }

    private static List<SortField<?>> keyOrder(Table<?> table) {
        List<? extends TableField<?, ?>> key = table.getPrimaryKey() != null ? table.getPrimaryKey().getFields()
                : List.of();
        return key.isEmpty() ? List.of(table.field(0).asc())
                : key.stream().<SortField<?>>map(TableField::asc).toList();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
