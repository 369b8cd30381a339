package com.mallboard.team;

import java.util.Locale;

/**
 * What a person does in the team, as the server knows it: each is a PostgreSQL group role that a person's own login
 * is granted. The server's grants decide what each may read and write; the app only follows them in what it shows.
 */
public enum Role {
    /** Products, their options and checklists, suggestions, listings on the malls. */
    MERCHANDISER,
    /** Orders, packing, shipments; the only role that reads receivers' personal data. */
    WAREHOUSE,
    /** Reports, settings, malls. */
    MANAGER;

    /** The group role on the server: {@code mallboard_warehouse}. */
    public String serverRole() {
        return "mallboard_" + name().toLowerCase(Locale.ROOT);
    }

    /** The key of the role's name in the message bundles. */
    public String messageKey() {
        return "team.role." + name().toLowerCase(Locale.ROOT);
    }
}
