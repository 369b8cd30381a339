package com.mallboard.sync;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Secrets in a map, for tests; {@link #forgetful()} stands for a keyring that takes secrets and loses them. */
public final class MemoryCredentialStore implements CredentialStore {
    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final boolean remembers;

    public MemoryCredentialStore() {
        this(true);
    }

    private MemoryCredentialStore(boolean remembers) {
        this.remembers = remembers;
    }

    /** A store that accepts every secret and reads none back. */
    public static MemoryCredentialStore forgetful() {
        return new MemoryCredentialStore(false);
    }

    /** What was written and not deleted, whether or not this store reads it back. */
    public Map<String, String> secrets() {
        return Map.copyOf(secrets);
    }

    @Override
    public Optional<String> read(String key) {
        return remembers ? Optional.ofNullable(secrets.get(key)) : Optional.empty();
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
