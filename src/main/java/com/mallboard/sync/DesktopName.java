package com.mallboard.sync;

import java.util.Locale;

/**
 * How this running app is named to the other desktops on a store ("minji on WAREHOUSE-PC, process 4711"): in the
 * "being sent by another desktop" message and in the claim an administrator looks at.
 */
final class DesktopName {
    private DesktopName() {
    }

    static String current() {
        String host = System.getenv("COMPUTERNAME");
        if (host == null || host.isBlank()) {
            host = System.getenv("HOSTNAME");
        }
        if (host == null || host.isBlank()) {
            host = localHostName();
        }
        return String.format(Locale.ROOT, "%s@%s (pid %d)", System.getProperty("user.name", "?"), host,
                ProcessHandle.current().pid());
    }

    /** Only when the environment does not say: a machine whose DNS is misconfigured may take seconds to answer. */
    private static String localHostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "unknown host";
        }
    }
}
