package com.mallboard.team;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of the person using the store, as the server says they are (asked once after connecting). On the local
 * file the one user is every role. Screens use it to hide or lock what the server would refuse anyway.
 */
@FunctionalInterface
public interface TeamRoles {

    Set<Role> held();

    default boolean has(Role role) {
        return held().contains(role);
    }

    /** The local file's user, or the server's schema owner: allowed everything. */
    static TeamRoles everyRole() {
        return of(EnumSet.allOf(Role.class));
    }

    static TeamRoles of(Set<Role> roles) {
        Set<Role> held = Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
        return () -> held;
    }
}
