package com.mallboard.team;

import java.net.URI;
import java.util.Objects;

/**
 * Where the team's PostgreSQL server is and who logs in to it: a JDBC URL such as
 * {@code jdbc:postgresql://db.example.kr:5432/mallboard} and the person's own database account. The password is
 * never part of it; it lives in the OS keyring.
 */
public record ServerAddress(String url, String user) {
    private static final String PREFIX = "jdbc:postgresql://";

    public ServerAddress {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        url = url.strip();
        user = user.strip();
        if (!url.startsWith(PREFIX) || host(url).isEmpty()) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + url);
        }
        if (user.isEmpty()) {
            throw new IllegalArgumentException("No database user given");
        }
    }

    /** {@code minji @ db.example.kr:5432/mallboard}: what the status bar and messages show. */
    public String describe() {
        URI uri = uri(url);
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        String path = uri.getPath() == null ? "" : uri.getPath();
        return user + " @ " + uri.getHost() + port + path;
    }

    /** The key of this account's password in the credential store. */
    public String passwordKey() {
        return "team-server:" + user + "@" + url;
    }

    private static String host(String url) {
        String host = uri(url).getHost();
        return host == null ? "" : host;
    }

    private static URI uri(String url) {
        try {
            return URI.create(url.substring("jdbc:".length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + url, e);
        }
    }
}
