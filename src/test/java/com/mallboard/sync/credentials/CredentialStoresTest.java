package com.mallboard.sync.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.sync.CredentialStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialStoresTest {

    @TempDir
    Path folder;

    /** This build machine is headless Linux without a secret service: the encrypted file must be chosen. */
    @Test
    void withoutAWorkingKeyringTheEncryptedFileIsChosen() {
        String onLinux = System.getProperty("os.name").toLowerCase();
        boolean headless = System.getenv("DBUS_SESSION_BUS_ADDRESS") == null;

        CredentialStore store = CredentialStores.bestAvailable(folder);

        if (onLinux.contains("linux") && headless) {
            assertThat(store).isInstanceOf(EncryptedFileCredentialStore.class);
            assertThat(store.describe()).startsWith("encrypted file");
        }
        store.write("mall/1/client-secret", "s3cret");
        assertThat(store.read("mall/1/client-secret")).contains("s3cret");
        store.delete("mall/1/client-secret");
    }

    @Test
    void aKeyringThatThrowsFallsBackToTheFile() {
        CredentialStore store = CredentialStores.bestAvailable(folder, () -> {
            throw new IllegalStateException("no secret service");
        });

        assertThat(store).isInstanceOf(EncryptedFileCredentialStore.class);
    }

    @Test
    void aKeyringThatForgetsWhatItWasGivenFallsBackToTheFile() {
        CredentialStore forgetful = new MapStore(false);

        assertThat(CredentialStores.bestAvailable(folder, () -> forgetful))
                .isInstanceOf(EncryptedFileCredentialStore.class);
    }

    @Test
    void aWorkingKeyringIsChosenAndTheProbeLeavesNothingBehind() {
        MapStore keyring = new MapStore(true);

        assertThat(CredentialStores.bestAvailable(folder, () -> keyring)).isSameAs(keyring);
        assertThat(keyring.secrets).isEmpty();
        assertThat(Files.exists(folder.resolve(EncryptedFileCredentialStore.SECRETS_FILE))).isFalse();
    }

    private static final class MapStore implements CredentialStore {
        final Map<String, String> secrets = new HashMap<>();
        private final boolean remembers;

        MapStore(boolean remembers) {
            this.remembers = remembers;
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
            return "map";
        }
    }
}
