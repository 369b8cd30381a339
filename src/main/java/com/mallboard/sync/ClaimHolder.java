package com.mallboard.sync;

import java.util.Locale;

/**
 * The running app that holds (or asks for) a mall's claim, as the other desktops on the store see it: {@code name}
 * for people ("minji@WAREHOUSE-PC (pid 4711)"), host and process id so that an app on the same machine can tell
 * that the holder is gone (it crashed or was killed) and take over at once instead of waiting for the lease.
 */
public record ClaimHolder(String name, String host, long pid) {

    /** This app, on this machine. */
    static ClaimHolder thisProcess() {
        String host = System.getenv("COMPUTERNAME");
        if (host == null || host.isBlank()) {
            host = System.getenv("HOSTNAME");
        }
        if (host == null || host.isBlank()) {
            host = localHostName();
        }
        long pid = ProcessHandle.current().pid();
        return new ClaimHolder(String.format(Locale.ROOT, "%s@%s (pid %d)", System.getProperty("user.name", "?"),
                host, pid), host, pid);
    }

    /** Whether this holder ran on {@code thisHost} and its process is no longer there. */
    boolean goneFrom(String thisHost) {
        return host != null && host.equals(thisHost)
                && !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
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
