package com.mallboard.sync.cafe24.demomall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DemoMallMainTest {

    @Test
    void argumentsBecomeSettings() {
        DemoMallSettings settings = DemoMallMain.parse(new String[] {"--port", "9000", "--bucket", "10", "--drain", "0.5",
            "--order-interval", "30s", "--seed", "7", "--state-file", "mall.json"});

        assertThat(settings.port()).isEqualTo(9000);
        assertThat(settings.bucketSize()).isEqualTo(10);
        assertThat(settings.drainPerSecond()).isEqualTo(0.5);
        assertThat(settings.orderInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.seed()).isEqualTo(7);
        assertThat(settings.stateFile()).contains(Path.of("mall.json"));
    }

    @Test
    void noArgumentsMeanCafe24sNumbersOnPort8124() {
        DemoMallSettings settings = DemoMallMain.parse(new String[0]);

        assertThat(settings).isEqualTo(DemoMallSettings.defaults().withPort(8124));
        assertThat(settings.stateFile()).isEmpty();
    }

    @Test
    void durationsReadTheWayPeopleWriteThem() {
        assertThat(DemoMallMain.duration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(DemoMallMain.duration("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(DemoMallMain.duration("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(DemoMallMain.duration("0")).isZero();
        assertThat(DemoMallMain.duration("PT2S")).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void badArgumentsSayWhatIsWrong() {
        assertThatThrownBy(() -> DemoMallMain.parse(new String[] {"--port"})).hasMessageContaining("--port");
        assertThatThrownBy(() -> DemoMallMain.parse(new String[] {"--port", "x"})).hasMessageContaining("x");
        assertThatThrownBy(() -> DemoMallMain.parse(new String[] {"--colour", "red"})).hasMessageContaining("--colour");
        assertThatThrownBy(() -> DemoMallMain.parse(new String[] {"--bucket", "0"})).hasMessageContaining("bucket");
        assertThatThrownBy(() -> DemoMallMain.parse(new String[] {"--order-interval", "soon"}))
                .hasMessageContaining("soon");
    }
}
