package com.mallboard.sync.cafe24.demomall;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The demo mall's state file: read once at start, replaced whole on every save so a reader (or a crash) never meets
 * half a file, and moved aside when it cannot be read so the next save does not destroy what might be rescued.
 */
final class StateFile {

    private static final System.Logger LOG = System.getLogger(StateFile.class.getName());
    // Tolerant of fields it does not know, so a file written by a newer build still loads what this build knows.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    // No colons: the name must be valid on Windows too.
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneId.systemDefault());

    private final Path file;
    private final Path temp;

    StateFile(Path file) {
        this.file = file.toAbsolutePath();
        // In the same folder as the file, so the final move is a rename within one file system.
        this.temp = this.file.resolveSibling(this.file.getFileName() + ".tmp");
    }

    Path path() {
        return file;
    }

    /** The saved state, or empty when there is no file yet; throws when there is one but it cannot be used. */
    Optional<SavedState> read() throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        SavedState state = MAPPER.readValue(file.toFile(), SavedState.class);
        if (state == null || state.version() != SavedState.CURRENT_VERSION || state.malls() == null) {
            throw new SavedStateException("not a version " + SavedState.CURRENT_VERSION + " demo mall state file");
        }
        return Optional.of(state);
    }

    /** Writes a temporary file next to the real one and renames it over the real one. */
    synchronized void write(SavedState state) throws IOException {
        Files.createDirectories(file.getParent());
        ByteBuffer bytes = ByteBuffer.wrap(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(state));
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                // On disk before the rename: otherwise a power cut can leave the new name on an empty file.
                channel.force(true);
            }
            moveIntoPlace();
        } finally {
            // Only still there when writing or moving failed.
            Files.deleteIfExists(temp);
        }
    }

    /** Logs one line (the kind of failure, never the content: the file holds tokens) and renames the file. */
    void setAside(Exception why) {
        Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + STAMP.format(Instant.now()));
        try {
            Files.move(file, aside);
            LOG.log(System.Logger.Level.WARNING, "Demo mall state file {0} could not be read ({1}); starting with an"
                    + " empty mall, the file is kept as {2}", file, describe(why), aside.getFileName());
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Demo mall state file {0} could not be read ({1}) nor moved aside ({2});"
                    + " starting with an empty mall", file, describe(why), e.getClass().getSimpleName());
        }
    }

    private void moveIntoPlace() throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Rare file systems cannot rename atomically; a plain replace still beats not saving at all.
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * What went wrong and where. Only our own messages are shown: Jackson's and the JDK's quote the text they
     * choked on, and the file holds tokens.
     */
    static String describe(Exception e) {
        String kind = e.getClass().getSimpleName();
        if (e instanceof SavedStateException) {
            return e.getMessage();
        }
        if (e instanceof JsonProcessingException json && json.getLocation() != null) {
            JsonLocation at = json.getLocation();
            return kind + " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        }
        return kind;
    }
}
