package com.mallboard.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.settings.FolderRefusedException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MessagesExplainTest {
    private final Messages korean = new Messages(Messages.KOREAN);

    @Test
    void anExceptionThatExplainsItselfIsSaidInItsOwnWords() {
        assertThat(korean.explain(new FolderRefusedException("settings.folder.refused.in.use", Path.of("/data/b")),
                "settings.folder.failed")).isEqualTo(korean.get("settings.folder.refused.in.use", Path.of("/data/b")))
                .contains("/data/b");
    }

    @Test
    void anyOtherIsSaidWithTheFallbackAndItsText() {
        assertThat(korean.explain(new IllegalStateException("disk full"), "settings.folder.failed"))
                .isEqualTo(korean.get("settings.folder.failed", "disk full")).contains("disk full");
    }
}
