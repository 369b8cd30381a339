package com.mallboard.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Messages;
import com.mallboard.store.OutboxClaimRows;
import com.mallboard.store.TestStore;
import com.mallboard.sync.ui.SyncSummary;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two desktops on one store (two connections to the same SQLite file, or to the same server database): a mall is
 * synced by one of them at a time, a claim left behind by a desktop that died is taken over, and a drain that lost its
 * claim stops before its next call.
 */
class OutboxClaimTest {
    private static final String SORA = "sora@WAREHOUSE-PC (pid 4711)";
    private static final ClaimHolder SORAS_APP = new ClaimHolder(SORA, "WAREHOUSE-PC", 4711);
    private static final Duration LEASE = Duration.ofMinutes(3);

    @TempDir
    Path folder;
    private SyncFixture fx;
    private SyncService otherDesktop;

    @BeforeEach
    void twoDesktops() {
        fx = new SyncFixture(folder);
        TestStore other = TestStore.open(folder);
        otherDesktop = new SyncService(other.malls(), other.listings(), other.outbox(), other.orders(),
                other.productRepository(), other.options(), Map.of(Platform.CAFE24, mall -> fx.remote), other.clock());
    }

    @Test
    void aSyncWhileAnotherDesktopSendsTheMallLeavesItAloneAndSaysWho() {
        fx.listedProduct(fx.mall(), "TOR-100");
        assertThat(fx.store.outbox().claim(fx.mall().id(), "drain-of-sora", SORAS_APP, LEASE).ours()).isTrue();

        MallSyncResult result = otherDesktop.syncMall(fx.mall().id(), SyncListener.NONE, new CancelSignal());

        assertThat(result.sentByAnotherDesktop()).isTrue();
        assertThat(result.elsewhere().holderName()).isEqualTo(SORA);
        assertThat(result.ok()).isTrue();
        assertThat(fx.remote.calls).isEmpty();
        assertThat(fx.pending(fx.mall())).isEqualTo(1);
        SyncSummary summary = SyncSummary.of(List.of(result), false, new Messages(Locale.ENGLISH));
        assertThat(summary.text()).contains("글로우몰: being sent by another desktop (" + SORA + "); left alone this time");
        assertThat(summary.kind()).isEqualTo(SyncSummary.Kind.INFO);

        fx.store.outbox().releaseClaim(fx.mall().id(), "drain-of-sora");
        MallSyncResult afterwards = otherDesktop.syncMall(fx.mall().id(), SyncListener.NONE, new CancelSignal());
        assertThat(afterwards.sentByAnotherDesktop()).isFalse();
        assertThat(afterwards.drain().sent()).isEqualTo(1);
        assertThat(fx.pending(fx.mall())).isZero();
        assertThat(OutboxClaimRows.holderOf(fx.store, fx.mall().id())).as("freed after the sync").isEmpty();
    }

    @Test
    void aClaimLeftByADesktopThatDiedMidPushIsTakenOverWithoutRegisteringTheShipmentTwice() {
        fx.order("20261125-0000001", SyncFixture.line("20261125-0000001-01", "TOR-100", "선크림", 1));
        fx.syncNow();
        StoredOrder order = fx.orders.findByOrderId("20261125-0000001").get(0);
        fx.orders.recordTracking(order, List.of("20261125-0000001-01"), "600011112222", "0006");
        // Sora's desktop claimed the mall, counted its attempt, reached the mall, and died before saving the reply.
        assertThat(fx.store.outbox().claim(fx.mall().id(), "drain-of-sora", SORAS_APP, LEASE).ours()).isTrue();
        OutboxJob job = fx.store.outbox().nextDue(fx.mall().id(), fx.store.clock().instant()).orElseThrow();
        fx.store.outbox().markStarted(job.id());
        fx.remote.shipments.add(new RemoteShipment("D-1", "20261125-0000001", "600011112222", "0006",
                List.of("20261125-0000001-01")));
        fx.remote.calls.clear();

        assertThat(otherDesktop.syncMall(fx.mall().id(), SyncListener.NONE, new CancelSignal()).sentByAnotherDesktop())
                .as("while Sora's claim lasts").isTrue();
        OutboxClaimRows.expireAll(fx.store);
        MallSyncResult takenOver = otherDesktop.syncMall(fx.mall().id(), SyncListener.NONE, new CancelSignal());

        assertThat(takenOver.sentByAnotherDesktop()).isFalse();
        assertThat(takenOver.drain().sent()).isEqualTo(1);
        assertThat(fx.remote.count("ship")).as("registered by Sora's desktop already").isZero();
        assertThat(fx.remote.shipments).hasSize(1);
        assertThat(fx.pending(fx.mall())).isZero();
        assertThat(fx.store.outbox().renewClaim(fx.mall().id(), "drain-of-sora", LEASE))
                .as("Sora's desktop, back, finds its claim gone").isFalse();
    }

    @Test
    void aClaimOfAnAppOnThisMachineThatIsGoneIsTakenOverAtOnce() throws Exception {
        fx.listedProduct(fx.mall(), "TOR-100");
        Process ended = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).start();
        ended.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        ended.waitFor();
        String host = ClaimHolder.thisProcess().host();
        ClaimHolder crashed = new ClaimHolder("minji@" + host + " (pid " + ended.pid() + ")", host, ended.pid());
        assertThat(fx.store.outbox().claim(fx.mall().id(), "drain-of-the-crashed-app", crashed, LEASE).ours()).isTrue();

        MallSyncResult result = otherDesktop.syncMall(fx.mall().id(), SyncListener.NONE, new CancelSignal());

        assertThat(result.sentByAnotherDesktop()).as("its claim had minutes to run, but its process is gone").isFalse();
        assertThat(result.drain().sent()).isEqualTo(1);
    }

    @Test
    void aDrainWhoseClaimWasTakenOverStopsBeforeItsNextCall() {
        fx.listedProduct(fx.mall(), "TOR-100");
        fx.listedProduct(fx.mall(), "TOR-200");
        fx.remote.duringNextWrite = () -> {
            // The first create takes longer than the lease (the desktop slept); another desktop takes the mall over.
            OutboxClaimRows.expireAll(fx.store);
            assertThat(fx.store.outbox().claim(fx.mall().id(), "drain-of-sora", SORAS_APP, LEASE).ours()).isTrue();
        };

        MallSyncResult result = fx.syncNow();

        assertThat(result.problem()).contains("another desktop took over");
        assertThat(fx.remote.count("create")).isEqualTo(1);
        assertThat(fx.remote.calls).as("nothing after the call that outlived the claim")
                .containsExactly("carriers", "find", "create");
        assertThat(fx.pending(fx.mall())).as("both wait for Sora's drain, which looks the first one up by its code")
                .isEqualTo(2);
        assertThat(OutboxClaimRows.holderOf(fx.store, fx.mall().id())).as("still Sora's").isEqualTo("drain-of-sora");
    }
}
