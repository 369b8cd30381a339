package com.mallboard.sync.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.sync.CredentialStore;
import com.mallboard.sync.MemoryCredentialStore;
import java.nio.file.Files;
import java.nio.file.Path;
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
        CredentialStore forgetful = MemoryCredentialStore.forgetful();

        assertThat(CredentialStores.bestAvailable(folder, () -> forgetful))
                .isInstanceOf(EncryptedFileCredentialStore.class);
    }

    @Test
    void aWorkingKeyringIsChosenAndTheProbeLeavesNothingBehind() {
        MemoryCredentialStore keyring = new MemoryCredentialStore();

        assertThat(CredentialStores.bestAvailable(folder, () -> keyring)).isSameAs(keyring);
        assertThat(keyring.secrets()).isEmpty();
        assertThat(Files.exists(folder.resolve(EncryptedFileCredentialStore.SECRETS_FILE))).isFalse();
    }
}
