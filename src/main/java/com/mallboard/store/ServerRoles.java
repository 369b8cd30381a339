package com.mallboard.store;

import com.mallboard.team.Role;
import com.mallboard.team.TeamRoles;
import java.util.EnumSet;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Asks the server, once, which of Mallboard's group roles the logged-in account holds. A superuser and the schema's
 * owner (who ran the migrations) are not limited by grants, so they hold every role; so does the local file's user.
 */
public final class ServerRoles {

    private ServerRoles() {
    }

    public static TeamRoles of(Database database) {
        return database.server().isEmpty() ? TeamRoles.everyRole() : TeamRoles.of(ask(database.dsl()));
    }

    static Set<Role> ask(DSLContext dsl) {
        boolean unlimited = Boolean.TRUE.equals(dsl.fetchValue(
                "select r.rolsuper or exists (select from pg_tables t where t.tablename = 'product'"
                        + " and t.schemaname = current_schema() and t.tableowner = current_user)"
                        + " from pg_roles r where r.rolname = current_user"));
        if (unlimited) {
            return EnumSet.allOf(Role.class);
        }
        Set<Role> held = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (Boolean.TRUE.equals(dsl.fetchValue("select pg_has_role(current_user, {0}, 'MEMBER')",
                    DSL.inline(role.serverRole())))) {
                held.add(role);
            }
        }
        return held;
    }
}
