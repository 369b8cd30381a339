package com.mallboard.store;

import com.mallboard.team.NotAllowedException;
import com.mallboard.team.Role;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Turns the team server's "permission denied" (SQLSTATE 42501, from a grant or a row-level policy) into a
 * {@link NotAllowedException} naming the role that may do it. The role is read from the statement, not from the
 * server's message, which is worded in the server's own language: a write needs the role that writes its table, a read
 * of receivers' columns needs the warehouse, a read of the export log the manager.
 */
final class RefusalTranslator implements ExecuteListener {
    static final String NOT_ALLOWED = "42501";
    private static final Pattern WRITTEN_TABLE = Pattern.compile(
            "^\\s*(?:insert\\s+into|update|delete\\s+from|merge\\s+into)\\s+(?:\"?\\w+\"?\\.)?\"?(\\w+)\"?");
    private static final Pattern PERSONAL_COLUMN = Pattern.compile("\\b(buyer_name|receiver_\\w+|shipping_message)\\b");
    /** Who writes each table; tables every role writes (the outbox, saved filters) are never refused. */
    private static final Map<String, Role> WRITER = Map.ofEntries(
            Map.entry("product", Role.MERCHANDISER), Map.entry("tag", Role.MERCHANDISER),
            Map.entry("product_tag", Role.MERCHANDISER), Map.entry("checklist_action", Role.MERCHANDISER),
            Map.entry("stage_history", Role.MERCHANDISER), Map.entry("activity_log", Role.MERCHANDISER),
            Map.entry("product_option", Role.MERCHANDISER), Map.entry("listing", Role.MERCHANDISER),
            Map.entry("suggestion_rule", Role.MERCHANDISER), Map.entry("suggestion_reaction", Role.MERCHANDISER),
            Map.entry("item_mapping", Role.MERCHANDISER),
            Map.entry("mall_order", Role.WAREHOUSE), Map.entry("mall_order_item", Role.WAREHOUSE),
            Map.entry("shipment", Role.WAREHOUSE),
            Map.entry("mall", Role.MANAGER), Map.entry("setting", Role.MANAGER),
            Map.entry("report_export_log", Role.MANAGER));

    @Override
    public void exception(ExecuteContext ctx) {
        SQLException sql = ctx.sqlException();
        if (sql != null && NOT_ALLOWED.equals(sql.getSQLState())) {
            ctx.exception(new NotAllowedException(neededFor(ctx.sql()).orElse(null), ctx.exception()));
        }
    }

    /** The role a refused statement needed; empty when it cannot be told (the message then names none). */
    static Optional<Role> neededFor(String statement) {
        if (statement == null) {
            return Optional.empty();
        }
        String sql = statement.toLowerCase(Locale.ROOT);
        Matcher written = WRITTEN_TABLE.matcher(sql);
        if (written.find()) {
            return Optional.ofNullable(WRITER.get(written.group(1)));
        }
        if (PERSONAL_COLUMN.matcher(sql).find()) {
            return Optional.of(Role.WAREHOUSE);
        }
        if (sql.contains("report_export_log")) {
            return Optional.of(Role.MANAGER);
        }
        return Optional.empty();
    }
}
