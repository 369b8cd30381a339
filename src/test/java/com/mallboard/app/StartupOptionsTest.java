package com.mallboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StartupOptionsTest {

    @Test
    void noArgumentsMeansDefaults() {
        assertThat(StartupOptions.parse(List.of())).isEqualTo(new StartupOptions(Optional.empty(), Optional.empty()));
    }

    @Test
    void optionsCanBeWrittenWithAnEqualsSign() {
        StartupOptions options = StartupOptions.parse(List.of("--data-dir=/tmp/보드", "--lang=en"));

        assertThat(options.dataDir()).contains("/tmp/보드");
        assertThat(options.language()).contains("en");
    }

    @Test
    void optionsCanBeWrittenWithTheValueAsTheNextArgument() {
        StartupOptions options = StartupOptions.parse(List.of("--lang", "ko", "--data-dir", "/srv/mallboard"));

        assertThat(options.dataDir()).contains("/srv/mallboard");
        assertThat(options.language()).contains("ko");
    }

    @Test
    void aPathWithEqualsSignsKeepsThemAll() {
        assertThat(StartupOptions.parse(List.of("--data-dir=/tmp/a=b")).dataDir()).contains("/tmp/a=b");
    }

    @Test
    void anOptionWithoutAValueAtTheEndIsIgnored() {
        assertThat(StartupOptions.parse(List.of("--lang=en", "--data-dir")).dataDir()).isEmpty();
    }

    @Test
    void anOptionIsNeverTakenAsTheValueOfTheOptionBeforeIt() {
        StartupOptions options = StartupOptions.parse(List.of("--data-dir", "--lang=en"));

        assertThat(options.dataDir()).isEmpty();
        assertThat(options.language()).contains("en");
    }

    @Test
    void unknownArgumentsAreIgnored() {
        StartupOptions options = StartupOptions.parse(List.of("--verbose", "extra", "--lang=ko"));

        assertThat(options.dataDir()).isEmpty();
        assertThat(options.language()).contains("ko");
    }

    @Test
    void similarlyNamedOptionsDoNotMatch() {
        assertThat(StartupOptions.parse(List.of("--data-directory=/x", "--language=en")))
                .isEqualTo(new StartupOptions(Optional.empty(), Optional.empty()));
    }
}
