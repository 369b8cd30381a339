package com.mallboard.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServerAddressTest {
    @Test
    void describesTheServerWithoutThePassword() {
        ServerAddress address = new ServerAddress(" jdbc:postgresql://db.example.kr:5433/mallboard ", " minji ");

        assertThat(address.describe()).isEqualTo("minji @ db.example.kr:5433/mallboard");
        assertThat(address.url()).isEqualTo("jdbc:postgresql://db.example.kr:5433/mallboard");
        assertThat(address.passwordKey()).isEqualTo("team-server:minji@jdbc:postgresql://db.example.kr:5433/mallboard");
    }

    @Test
    void theDefaultPortIsLeftOut() {
        assertThat(new ServerAddress("jdbc:postgresql://db/mallboard", "minji").describe())
                .isEqualTo("minji @ db/mallboard");
    }

    @Test
    void refusesWhatIsNotAPostgresqlAddress() {
        assertThatThrownBy(() -> new ServerAddress("jdbc:sqlite:/tmp/x.db", "minji"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:sqlite");
        assertThatThrownBy(() -> new ServerAddress("jdbc:postgresql:///mallboard", "minji"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServerAddress("jdbc:postgresql://db host/x", "minji"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServerAddress("jdbc:postgresql://db/mallboard", "  "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user");
    }
}
