package com.mallboard.store;

import com.mallboard.team.ServerAddress;
import java.sql.SQLException;

/**
 * The team server could not be used: unreachable, wrong password, no such database, or no right to it. The
 * {@link Reason} lets a screen say which in the user's language; the message names the server, never the password.
 */
public class ServerRefusedException extends StoreException {
    /** What went wrong, from PostgreSQL's SQLSTATE. */
    public enum Reason { UNREACHABLE, LOGIN_REFUSED, NO_DATABASE, NOT_ALLOWED, OTHER }

    private final Reason reason;
    private final String server;

    ServerRefusedException(Reason reason, String server, String detail, Throwable cause) {
        super("Cannot use the team server " + server + ": " + detail, cause);
        this.reason = reason;
        this.server = server;
    }

    static ServerRefusedException of(ServerAddress address, SQLException sql, Throwable cause) {
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        String detail = sql == null ? cause.getMessage() : sql.getMessage();
        return new ServerRefusedException(reasonOf(state), address.describe(), detail, cause);
    }

    private static Reason reasonOf(String state) {
        if (state.startsWith("08")) {
            return Reason.UNREACHABLE;
        }
        return switch (state) {
            case "28P01", "28000" -> Reason.LOGIN_REFUSED;
            case "3D000" -> Reason.NO_DATABASE;
            case "42501" -> Reason.NOT_ALLOWED;
            default -> Reason.OTHER;
        };
    }

    /** The message for the person at the screen: {@code team.refused.unreachable} and so on, with the server. */
    public String messageKey() {
        return "team.refused." + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
    }

    public Reason reason() {
        return reason;
    }

    public String server() {
        return server;
    }
}
