package com.mallboard.team;

import java.util.List;

/** What a move copied: each table with its rows and the checksum both sides agreed on. */
public record MoveReport(List<TableCheck> tables) {
    public MoveReport {
        tables = List.copyOf(tables);
    }

    public long rows() {
        return tables.stream().mapToLong(TableCheck::rows).sum();
    }

    /** One table's row count and SHA-256 of its rows in key order, the same on the local file and the server. */
    public record TableCheck(String table, long rows, String checksum) {
    }
}
