package com.mallboard.sync.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.SameThreadTaskExecutor;
import com.mallboard.sync.Mall;
import com.mallboard.sync.MallState;
import com.mallboard.sync.SyncFixture;
import com.mallboard.sync.TokenSet;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MallsViewModelTest {
    @TempDir
    Path folder;
    private final Messages messages = new Messages(Locale.ENGLISH);
    private SyncFixture fixture;
    private MallsViewModel model;
    private Mall glow;

    @BeforeEach
    void open() {
        fixture = SyncFixture.withoutMalls(folder);
        glow = fixture.addMall("glowmall", "Glow mall");
        SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
        SyncRunner runner = new SyncRunner(fixture.sync, executor, Runnable::run, messages);
        model = new MallsViewModel(fixture.malls, runner, executor, messages, new Formats(Formats.SEOUL, Locale.ENGLISH));
        model.load();
    }

    private MallsViewModel.Row row(String name) {
        return model.rows().stream().filter(r -> r.mall().displayName().equals(name)).findFirst().orElseThrow();
    }

    private void select(String name) {
        model.selectedProperty().set(row(name));
    }

    @Test
    void aMallWithoutTokensIsNotConnectedAndOneWithTokensIs() {
        assertThat(row("Glow mall").state()).isEqualTo(MallState.NOT_CONNECTED);
        assertThat(row("Glow mall").address()).isEqualTo("glowmall · shop 1");
        assertThat(row("Glow mall").platform()).isEqualTo("Cafe24");

        fixture.secrets.saveTokens(glow, new TokenSet("a", Instant.parse("2030-01-01T00:00:00Z"), "r",
                Instant.parse("2030-01-14T00:00:00Z")));
        model.load();

        assertThat(row("Glow mall").state()).isEqualTo(MallState.CONNECTED);
    }

    @Test
    void aRefusedAuthorizationAsksForReconnectingAndSaysWhyUnlessTheMallIsDisabled() {
        fixture.store.malls().recordConnectionProblem(glow.id(), "refresh token expired");
        model.load();

        assertThat(row("Glow mall").state()).isEqualTo(MallState.NEEDS_RECONNECT);
        assertThat(row("Glow mall").problem()).isEqualTo("refresh token expired");
        assertThat(model.stateText(row("Glow mall"))).isEqualTo("Needs reconnect");

        fixture.malls.setEnabled(glow.id(), false);
        model.load();
        assertThat(row("Glow mall").state()).isEqualTo(MallState.DISABLED);
        assertThat(row("Glow mall").problem()).isNull();
    }

    @Test
    void disablingAndEnablingKeepsTheSelectionAndSaysWhatHappened() {
        select("Glow mall");
        assertThat(model.toggleLabelProperty().get()).isEqualTo("Disable");

        model.toggleEnabled();

        assertThat(fixture.malls.find(glow.id()).orElseThrow().enabled()).isFalse();
        assertThat(model.selectedProperty().get().state()).isEqualTo(MallState.DISABLED);
        assertThat(model.toggleLabelProperty().get()).isEqualTo("Enable");
        assertThat(model.noticeProperty().get()).isEqualTo("Glow mall is disabled and left out of syncing.");

        model.toggleEnabled();
        assertThat(fixture.malls.find(glow.id()).orElseThrow().enabled()).isTrue();
    }

    @Test
    void retryingFailedJobsPutsThemBackInTheQueue() {
        fixture.listedProduct(glow, "TOR-001");
        fixture.refuseNextCall("Invalid product name");
        select("Glow mall");
        model.syncSelected();
        assertThat(row("Glow mall").status().failedJobs()).isEqualTo(1);

        select("Glow mall");
        model.retryFailedSelected();

        assertThat(row("Glow mall").status().failedJobs()).isZero();
        assertThat(row("Glow mall").status().pendingJobs()).isEqualTo(1);
        assertThat(model.noticeProperty().get()).startsWith("1 failed jobs of Glow mall");
    }

    @Test
    void syncingTheSelectedMallEmptiesItsQueueAndRefreshesTheTable() {
        fixture.listedProduct(glow, "TOR-002");
        model.load();
        assertThat(row("Glow mall").status().pendingJobs()).isEqualTo(1);
        select("Glow mall");

        model.syncSelected();

        assertThat(row("Glow mall").status().pendingJobs()).isZero();
        assertThat(row("Glow mall").lastSync()).isNotEmpty();
    }

    @Test
    void connectStaysDisabledUntilAConnectorIsProvided() {
        select("Glow mall");
        assertThat(model.canConnectProperty().get()).isFalse();

        List<Mall> connected = new ArrayList<>();
        model.connectorProperty().set(mall -> {
            connected.add(mall);
            fixture.secrets.saveTokens(mall, new TokenSet("a", Instant.parse("2030-01-01T00:00:00Z"), "r",
                    Instant.parse("2030-01-14T00:00:00Z")));
        });
        assertThat(model.canConnectProperty().get()).isTrue();
        model.connectSelected();

        assertThat(connected).extracting(Mall::id).containsExactly(glow.id());
        assertThat(row("Glow mall").state()).isEqualTo(MallState.CONNECTED);
    }

    @Test
    void disconnectingForgetsTheTokensButKeepsTheClientSecret() {
        fixture.secrets.saveTokens(glow, new TokenSet("a", Instant.parse("2030-01-01T00:00:00Z"), "r",
                Instant.parse("2030-01-14T00:00:00Z")));
        model.load();
        select("Glow mall");

        model.disconnectSelected();

        assertThat(row("Glow mall").state()).isEqualTo(MallState.NOT_CONNECTED);
        assertThat(fixture.secrets.clientSecret(glow)).contains("secret-glowmall");
    }

    @Test
    void aConnectionThatFailsSaysWhyAndLeavesTheMallAsItWas() {
        select("Glow mall");
        model.connectorProperty().set(mall -> {
            throw new IllegalStateException("the browser was closed before consent");
        });

        model.connectSelected();

        assertThat(model.errorProperty().get()).isEqualTo("Could not finish: the browser was closed before consent");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(row("Glow mall").state()).isEqualTo(MallState.NOT_CONNECTED);
    }
}
