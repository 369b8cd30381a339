package com.mallboard.sync.credentials;

import com.github.javakeyring.Keyring;
import com.mallboard.sync.CredentialStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks where this machine keeps mall credentials: the OS keyring when it really works, else an encrypted file in the
 * data folder. "Really works" means a test entry can be written, read back and deleted; a keyring library that loads
 * but has no secret service behind it (headless Linux, no D-Bus session) fails that probe.
 */
public final class CredentialStores {
    private static final Logger LOG = LoggerFactory.getLogger(CredentialStores.class);
    /** A keyring waiting for an unlock prompt nobody sees must not hang start-up. */
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

    private CredentialStores() {
    }

    public static CredentialStore bestAvailable(Path dataFolder) {
        return bestAvailable(dataFolder, () -> new KeyringCredentialStore(Keyring.create(),
                KeyringCredentialStore.namespaceOf(dataFolder)));
    }

    /**
     * {@link #bestAvailable(Path)}, chosen when a credential is first read, written or deleted: the keyring probe (a
     * D-Bus round trip, up to {@link #PROBE_TIMEOUT}) is then not part of every start, only of the first sync or
     * sign-in that needs a secret.
     */
    public static CredentialStore bestAvailableOnFirstUse(Path dataFolder) {
        return new ChosenOnFirstUse(() -> bestAvailable(dataFolder));
    }

    /** The same choice with the keyring made by {@code keyring}; tests pass one that works or one that fails. */
    static CredentialStore bestAvailable(Path dataFolder, Callable<CredentialStore> keyring) {
        return probe(keyring).orElseGet(() -> new EncryptedFileCredentialStore(dataFolder));
    }

    private static Optional<CredentialStore> probe(Callable<CredentialStore> keyring) {
        CompletableFuture<CredentialStore> probe = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                probe.complete(tryOut(keyring.call()));
            } catch (Exception | LinkageError e) {
                probe.completeExceptionally(e);
            }
        }, "keyring-probe");
        thread.setDaemon(true);
        thread.start();
        try {
            return Optional.of(probe.get(PROBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
        } catch (ExecutionException | TimeoutException e) {
            Throwable why = e instanceof ExecutionException ? e.getCause() : e;
            LOG.info("OS keyring not usable ({}); keeping mall credentials in an encrypted file", describe(why));
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static CredentialStore tryOut(CredentialStore store) {
        String key = "probe/" + UUID.randomUUID();
        String value = UUID.randomUUID().toString();
        store.write(key, value);
        try {
            if (!store.read(key).filter(value::equals).isPresent()) {
                throw new IllegalStateException("the keyring did not give back what was stored");
            }
        } finally {
            store.delete(key);
        }
        return store;
    }

    private static String describe(Throwable why) {
        return why == null ? "unknown" : why.getClass().getSimpleName();
    }

    private static final class ChosenOnFirstUse implements CredentialStore {
        private final Supplier<CredentialStore> choose;
        private CredentialStore chosen;

        ChosenOnFirstUse(Supplier<CredentialStore> choose) {
            this.choose = choose;
        }

        private synchronized CredentialStore store() {
            if (chosen == null) {
                chosen = choose.get();
            }
            return chosen;
        }

        @Override
        public Optional<String> read(String key) {
            return store().read(key);
        }

        @Override
        public void write(String key, String secret) {
            store().write(key, secret);
        }

        @Override
        public void delete(String key) {
            store().delete(key);
        }

        @Override
        public String describe() {
            return store().describe();
        }
    }
}
