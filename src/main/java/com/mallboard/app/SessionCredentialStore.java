package com.mallboard.app;

import com.mallboard.sync.CredentialStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Secrets held only while the app runs. */
final class SessionCredentialStore implements CredentialStore {
    private final Map<String, String> secrets = new ConcurrentHashMap<>();

    @Override
    public Optional<String> read(String key) {
        return Optional.ofNullable(secrets.get(key));
    }

    @Override
    public void write(String key, String secret) {
        secrets.put(key, secret);
    }

    @Override
    public void delete(String key) {
        secrets.remove(key);
    }

    @Override
    public String describe() {
        return "memory";
    }
}
