package com.mallboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.NewProduct;
import com.mallboard.product.Product;
import com.mallboard.product.ProductOption;
import com.mallboard.product.Stage;
import com.mallboard.store.TestStore;
import com.mallboard.sync.CancelSignal;
import com.mallboard.sync.ListingOverrides;
import com.mallboard.sync.Mall;
import com.mallboard.sync.MallSyncResult;
import com.mallboard.sync.Platform;
import com.mallboard.sync.SyncListener;
import com.mallboard.sync.cafe24.Cafe24Authorization;
import com.mallboard.sync.cafe24.Cafe24GatewayFactory;
import com.mallboard.sync.cafe24.demomall.DemoMall;
import com.mallboard.sync.cafe24.demomall.DemoMallServer;
import com.mallboard.sync.cafe24.demomall.DemoMallSettings;
import com.mallboard.sync.cafe24.demomall.SimVariant;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lip tint with shades, end to end through the real Cafe24 adapter and the demo mall. */
class OptionsAgainstDemoMallTest {
    @TempDir
    Path folder;
    private DemoMallServer server;

    @BeforeEach
    void startMall() {
        server = DemoMallServer.start(DemoMallSettings.defaults().withBucket(40, 100));
    }

    @AfterEach
    void stopMall() {
        server.close();
    }

    @Test
    void shadesBecomeVariantsTheirStockFollowsAndAnOrderForAShadeFindsTheProduct() throws Exception {
        System.setProperty(SyncModule.DRAIN_PROPERTY, "100");
        try (AppContext context = new AppContext(folder, Clock.systemUTC(), "options")) {
            Mall mall = context.sync().malls().add(new Mall(0, Platform.CAFE24, "tintmall", 1, "틴트몰", "2025-12-01",
                    server.baseUrl("tintmall"), DemoMall.CLIENT_ID, true, false, 0), DemoMall.CLIENT_SECRET);
            try (Cafe24Authorization connect = new Cafe24Authorization(mall, context.sync().secrets(),
                    Cafe24GatewayFactory.defaultHttpClient())) {
                connect.connectWithoutBrowser();
            }
            Product tint = context.productRepository().create(new NewProduct(TestStore.completeDetails("ROM-TINT")
                    .toBuilder().name("롬앤 쥬시 래스팅 틴트").build(), Set.of(), Stage.SHIPMENT, false, Instant.now()), "t");
            tint = context.sync().productOptions().save(tint, List.of(new ProductOption("01 코랄", "ROM-TINT-01", 30),
                    new ProductOption("02 로즈", "ROM-TINT-02", 0)));
            context.sync().listings().save(tint.id(), mall.id(), ListingOverrides.NONE);

            assertThat(sync(context, mall).ok()).isTrue();
            assertThat(server.mall("tintmall").productByCode("ROM-TINT").orElseThrow().variants())
                    .extracting(SimVariant::optionValue, SimVariant::customVariantCode, SimVariant::stock)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("옵션=01 코랄", "ROM-TINT-01", 30),
                            org.assertj.core.groups.Tuple.tuple("옵션=02 로즈", "ROM-TINT-02", 0));

            context.sync().productOptions().save(context.productRepository().find(tint.id()).orElseThrow(),
                    List.of(new ProductOption("01 코랄", "ROM-TINT-01", 30), new ProductOption("02 로즈", "ROM-TINT-02", 8)));
            assertThat(sync(context, mall).ok()).isTrue();
            assertThat(server.mall("tintmall").productByCode("ROM-TINT").orElseThrow().variants().get(1).stock())
                    .isEqualTo(8);

            server.mall("tintmall").placeOrderForVariant("ROM-TINT-02", 1);
            Thread.sleep(1_100);
            MallSyncResult pulled = sync(context, mall);
            assertThat(pulled.orders().added()).isEqualTo(1);
            assertThat(pulled.orders().unmatchedLines()).isZero();
            assertThat(context.sync().orders().recent(1).get(0).items().get(0).productId()).isEqualTo(tint.id());
        } finally {
            System.clearProperty(SyncModule.DRAIN_PROPERTY);
        }
    }

    private static MallSyncResult sync(AppContext context, Mall mall) {
        return context.sync().sync().syncMall(mall.id(), SyncListener.NONE, new CancelSignal());
    }
}
