package com.mallboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Messages;
import com.mallboard.sync.Mall;
import com.mallboard.sync.MallSecrets;
import com.mallboard.sync.Platform;
import com.mallboard.sync.cafe24.demomall.DemoMall;
import com.mallboard.sync.cafe24.demomall.DemoMallServer;
import com.mallboard.sync.cafe24.demomall.DemoMallSettings;
import com.mallboard.sync.credentials.EncryptedFileCredentialStore;
import com.mallboard.testing.FxTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Connecting a mall as its owner does: consent in the browser, or the pasted address when the answer cannot arrive. */
@ExtendWith(ApplicationExtension.class)
class MallConnectFlowTest {
    @TempDir
    Path folder;
    private DemoMallServer server;
    private MallSecrets secrets;
    private Mall mall;
    private final Messages messages = new Messages(Locale.KOREAN);

    @Start
    void start(javafx.stage.Stage stage) {
        FxTestSupport.showEmptyOwner(stage);
    }

    @BeforeEach
    void startMall() {
        server = DemoMallServer.start(DemoMallSettings.defaults());
        secrets = new MallSecrets(new EncryptedFileCredentialStore(folder));
        mall = new Mall(4, Platform.CAFE24, "glowmall", 1, "글로우몰", "2025-12-01", server.baseUrl("glowmall"),
                DemoMall.CLIENT_ID, true, false, 0);
        secrets.saveClientSecret(mall, DemoMall.CLIENT_SECRET);
    }

    @AfterEach
    void stopMall() throws Exception {
        server.close();
        FxToolkit.cleanupStages();
    }

    /** Waits until the connect window is on screen and laid out, so clicks land on it. */
    private static void awaitWindow(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#pastedAddressField").tryQuery()
                .filter(node -> node.isVisible() && node.getScene().getWindow().isShowing()).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private CompletableFuture<Void> connect(Consumer<URI> browser) {
        BrowserMallConnector connector = new BrowserMallConnector(secrets, browser, messages);
        return CompletableFuture.runAsync(() -> connector.connect(mall));
    }

    @Test
    void approvingInTheBrowserConnectsTheMallAndClosesTheWindow(FxRobot robot) throws Exception {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.ALWAYS).build();

        connect(uri -> browser.sendAsync(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()))
                .get(20, TimeUnit.SECONDS);

        assertThat(secrets.tokens(mall)).isPresent();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#mallConnectWindow").tryQuery()).isEmpty();
    }

    @Test
    void pastingTheAddressTheBrowserEndedOnConnectsWhenTheAnswerCannotReachTheApp(FxRobot robot) throws Exception {
        CompletableFuture<Void> connecting = connect(uri -> { });
        awaitWindow(robot);
        URI authorize = URI.create(robot.lookup("#connectAddress").queryAs(TextField.class).getText());
        HttpResponse<Void> consent = HttpClient.newHttpClient().send(HttpRequest.newBuilder(authorize).build(),
                HttpResponse.BodyHandlers.discarding());
        String endedOn = consent.headers().firstValue("Location").orElseThrow();

        robot.clickOn("#pastedAddressField").write(endedOn);
        robot.clickOn("#usePastedAddressButton");

        connecting.get(20, TimeUnit.SECONDS);
        assertThat(secrets.tokens(mall)).isPresent();
    }

    @Test
    void aPastedAddressWithoutACodeSaysWhatToCopyAndCancelStopsConnecting(FxRobot robot) throws Exception {
        CompletableFuture<Void> connecting = connect(uri -> { });
        awaitWindow(robot);

        robot.clickOn("#pastedAddressField").write("https://www.cafe24.com/");
        robot.clickOn("#usePastedAddressButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#connectProblem").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#connectProblem").queryAs(Label.class).getText()).contains("authorization code");

        robot.clickOn("#cancelConnectButton");
        assertThat(connecting).failsWithin(10, TimeUnit.SECONDS).withThrowableThat().withMessageContaining("cancelled");
        assertThat(secrets.tokens(mall)).isEmpty();
    }
}
