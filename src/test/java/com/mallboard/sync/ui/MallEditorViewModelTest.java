package com.mallboard.sync.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Messages;
import com.mallboard.common.SameThreadTaskExecutor;
import com.mallboard.sync.Mall;
import com.mallboard.sync.SyncFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MallEditorViewModelTest {
    @TempDir
    Path folder;
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final List<Mall> saved = new ArrayList<>();
    private SyncFixture fixture;

    @BeforeEach
    void open() {
        fixture = SyncFixture.withoutMalls(folder);
    }

    private MallEditorViewModel editor(Mall mall) {
        return new MallEditorViewModel(fixture.malls, new SameThreadTaskExecutor(), messages, mall);
    }

    private static void fill(MallEditorViewModel model, String name, String mallId) {
        model.text(MallField.NAME).set(name);
        model.text(MallField.MALL_ID).set(mallId);
    }

    @Test
    void aNewMallStartsOnShopOneAndTheCurrentApiVersionWithoutShoutingAboutEmptyFields() {
        MallEditorViewModel model = editor(null);

        assertThat(model.text(MallField.SHOP_NO).get()).isEqualTo("1");
        assertThat(model.text(MallField.API_VERSION).get()).isEqualTo("2025-12-01");
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.problem(MallField.NAME).get()).isNull();
        assertThat(model.title()).isEqualTo("Add mall");
    }

    @Test
    void eachBadFieldSaysWhatIsWrongOnceTypedIn() {
        MallEditorViewModel model = editor(null);
        fill(model, "Glow", "glow_mall!");
        model.text(MallField.NAME).set(" ");
        model.text(MallField.SHOP_NO).set("one");
        model.text(MallField.BASE_URL).set("ftp://proxy");

        assertThat(model.problem(MallField.NAME).get()).isEqualTo(messages.get("mall.invalid.name"));
        assertThat(model.problem(MallField.MALL_ID).get()).isEqualTo(messages.get("mall.invalid.mall.id"));
        assertThat(model.problem(MallField.SHOP_NO).get()).isEqualTo(messages.get("mall.invalid.shop.no"));
        assertThat(model.problem(MallField.BASE_URL).get()).isEqualTo(messages.get("mall.invalid.base.url"));
        assertThat(model.validProperty().get()).isFalse();

        model.save(saved::add);
        assertThat(saved).isEmpty();
        assertThat(fixture.malls.all()).isEmpty();
    }

    @Test
    void savingAddsTheMallAndKeepsTheSecretOutOfTheDatabase() {
        MallEditorViewModel model = editor(null);
        fill(model, "글로우몰", "GlowMall");
        model.clientIdProperty().set("client-1");
        model.clientSecretProperty().set("  s3cret  ");
        assertThat(model.validProperty().get()).isTrue();

        model.save(saved::add);

        Mall stored = fixture.malls.all().get(0);
        assertThat(saved).containsExactly(stored);
        assertThat(stored.mallId()).isEqualTo("glowmall");
        assertThat(stored.baseUrlOverride()).isNull();
        assertThat(stored.enabled()).isTrue();
        assertThat(fixture.secrets.clientSecret(stored)).contains("s3cret");
    }

    @Test
    void addingTheSameMallTwiceSaysSoOnTheFormAndSavesNothing() {
        fixture.addMall("glowmall", "Glow");
        MallEditorViewModel model = editor(null);
        fill(model, "Glow again", "glowmall");

        model.save(saved::add);

        assertThat(saved).isEmpty();
        assertThat(fixture.malls.all()).hasSize(1);
        assertThat(model.errorProperty().get()).isEqualTo("This mall is already added (mall ID glowmall, shop 1).");
        assertThat(model.problem(MallField.MALL_ID).get()).isEqualTo(messages.get("mall.duplicate.field"));
        assertThat(model.validProperty().get()).isFalse();

        model.text(MallField.SHOP_NO).set("2");
        assertThat(model.errorProperty().get()).isNull();
        assertThat(model.validProperty().get()).isTrue();
    }

    @Test
    void editingWithAnEmptySecretKeepsTheStoredOneAndATypedOneReplacesIt() {
        Mall glow = fixture.addMall("glowmall", "Glow");
        MallEditorViewModel model = editor(glow);
        assertThat(model.text(MallField.NAME).get()).isEqualTo("Glow");
        assertThat(model.clientSecretProperty().get()).isEmpty();

        model.text(MallField.NAME).set("Glow Korea");
        model.save(saved::add);

        assertThat(fixture.malls.find(glow.id()).orElseThrow().displayName()).isEqualTo("Glow Korea");
        assertThat(fixture.secrets.clientSecret(glow)).contains("secret-glowmall");

        MallEditorViewModel again = editor(fixture.malls.find(glow.id()).orElseThrow());
        again.clientSecretProperty().set("new-secret");
        again.save(saved::add);
        assertThat(fixture.secrets.clientSecret(glow)).contains("new-secret");
    }

    @Test
    void savingAMallSomeoneElseChangedMeanwhileIsRefusedAndKeepsTheirSettings() {
        Mall glow = fixture.addMall("glowmall", "Glow");
        Mall opened = fixture.malls.find(glow.id()).orElseThrow();
        MallEditorViewModel model = editor(opened);
        MallEditorViewModel colleague = editor(opened);
        colleague.text(MallField.API_VERSION).set("2026-03-01");
        colleague.save(saved::add);

        model.text(MallField.NAME).set("Glow Korea");
        model.save(saved::add);

        assertThat(model.errorProperty().get()).isEqualTo(messages.get("mall.stale"));
        Mall stored = fixture.malls.find(glow.id()).orElseThrow();
        assertThat(stored.displayName()).isEqualTo("Glow");
        assertThat(stored.apiVersion()).isEqualTo("2026-03-01");
        assertThat(stored.version()).isEqualTo(opened.version() + 1);
        assertThat(saved).hasSize(1);
    }

    @Test
    void editingKeepsWhetherTheMallIsEnabled() {
        Mall glow = fixture.addMall("glowmall", "Glow");
        fixture.malls.setEnabled(glow.id(), false);
        MallEditorViewModel model = editor(fixture.malls.find(glow.id()).orElseThrow());
        model.text(MallField.BASE_URL).set("https://proxy.example.com");

        model.save(saved::add);

        Mall stored = fixture.malls.find(glow.id()).orElseThrow();
        assertThat(stored.enabled()).isFalse();
        assertThat(stored.baseUrlOverride()).isEqualTo("https://proxy.example.com");
    }
}
