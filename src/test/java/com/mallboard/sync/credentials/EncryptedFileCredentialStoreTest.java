package com.mallboard.sync.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedFileCredentialStoreTest {
    private static final String SECRET = "refresh-token-한글-0123456789";

    @TempDir
    Path folder;

    @Test
    void secretsSurviveANewStoreOnTheSameFolder() {
        new EncryptedFileCredentialStore(folder).write("mall/1/tokens", SECRET);

        EncryptedFileCredentialStore reopened = new EncryptedFileCredentialStore(folder);

        assertThat(reopened.read("mall/1/tokens")).contains(SECRET);
        assertThat(reopened.read("mall/2/tokens")).isEmpty();
    }

    @Test
    void deletedSecretsAreGone() {
        EncryptedFileCredentialStore store = new EncryptedFileCredentialStore(folder);
        store.write("a", "1");
        store.write("b", "2");

        store.delete("a");

        assertThat(new EncryptedFileCredentialStore(folder).read("a")).isEmpty();
        assertThat(new EncryptedFileCredentialStore(folder).read("b")).contains("2");
    }

    @Test
    void bothFilesAreReadableByTheOwnerOnly() throws Exception {
        assumeTrue(Files.getFileStore(folder).supportsFileAttributeView("posix"));

        new EncryptedFileCredentialStore(folder).write("mall/1/tokens", SECRET);

        for (String file : new String[] {EncryptedFileCredentialStore.SECRETS_FILE,
                EncryptedFileCredentialStore.KEY_FILE}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(file))))
                    .isEqualTo("rw-------");
        }
        assertThat(folder.resolve(EncryptedFileCredentialStore.SECRETS_FILE + ".tmp")).doesNotExist();
    }

    @Test
    void theFileDoesNotShowTheSecret() throws Exception {
        new EncryptedFileCredentialStore(folder).write("mall/1/tokens", SECRET);

        byte[] stored = Files.readAllBytes(folder.resolve(EncryptedFileCredentialStore.SECRETS_FILE));

        String asText = new String(stored, StandardCharsets.ISO_8859_1);
        assertThat(asText).doesNotContain("refresh-token").doesNotContain("mall/1/tokens");
        assertThat(new String(stored, StandardCharsets.UTF_8)).doesNotContain(SECRET);
    }

    @Test
    void aDamagedFileSaysWhatToDo() throws Exception {
        new EncryptedFileCredentialStore(folder).write("mall/1/tokens", SECRET);
        Path file = folder.resolve(EncryptedFileCredentialStore.SECRETS_FILE);
        byte[] stored = Files.readAllBytes(file);
        stored[stored.length - 3] ^= 0x5A;
        Files.write(file, stored);

        assertThatThrownBy(() -> new EncryptedFileCredentialStore(folder).read("mall/1/tokens"))
                .isInstanceOf(CredentialStoreException.class)
                .hasMessageContaining("damaged")
                .hasMessageContaining("connect the malls again")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
    }

    @Test
    void aMissingKeyFileIsReportedAsDamageNotAsAnEmptyStore() throws Exception {
        new EncryptedFileCredentialStore(folder).write("mall/1/tokens", SECRET);
        Files.delete(folder.resolve(EncryptedFileCredentialStore.KEY_FILE));

        assertThatThrownBy(() -> new EncryptedFileCredentialStore(folder).read("mall/1/tokens"))
                .isInstanceOf(CredentialStoreException.class).hasMessageContaining("key file");
    }

    @Test
    void aTruncatedFileIsReportedAsDamage() throws Exception {
        new EncryptedFileCredentialStore(folder).write("x", "y");
        Files.write(folder.resolve(EncryptedFileCredentialStore.SECRETS_FILE), new byte[] {1, 2, 3});

        assertThatThrownBy(() -> new EncryptedFileCredentialStore(folder).read("x"))
                .isInstanceOf(CredentialStoreException.class).hasMessageContaining("damaged");
    }
}
