package com.mallboard.product.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Messages;
import com.mallboard.product.Gtin;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.ProductField;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProductFormTest {
    private final Messages messages = new Messages(Locale.KOREAN);
    private final ProductForm form = new ProductForm(messages);

    @Test
    void anEmptyNewProductAsksForSkuAndNameAndCannotBeSaved() {
        assertThat(form.problem(ProductField.SKU).get()).isEqualTo(messages.get("validation.required"));
        assertThat(form.problem(ProductField.NAME).get()).isEqualTo(messages.get("validation.required"));
        assertThat(form.isValid()).isFalse();

        form.text(ProductField.SKU).set("TOR-SUN-50");
        form.text(ProductField.NAME).set("토리든 다이브인 선크림");

        assertThat(form.problem(ProductField.SKU).get()).isNull();
        assertThat(form.isValid()).isTrue();
    }

    @Test
    void pricesTypedWithWonSignAndCommasAreReadAsWholeWon() {
        fillRequired();
        form.text(ProductField.PRICE).set("₩28,000");
        form.text(ProductField.COST).set("9,500원");
        form.text(ProductField.ORDER_QUANTITY).set(" 1,200 ");

        ProductDetails details = form.details();

        assertThat(details.priceWon()).isEqualTo(28_000L);
        assertThat(details.costWon()).isEqualTo(9_500L);
        assertThat(details.orderQuantity()).isEqualTo(1_200);
        assertThat(form.isValid()).isTrue();
    }

    @Test
    void lettersInAPriceSayEnterAWholeNumberAndKeepTheText() {
        fillRequired();
        form.text(ProductField.PRICE).set("2만원");

        assertThat(form.problem(ProductField.PRICE).get()).isEqualTo(messages.get("validation.number"));
        assertThat(form.isValid()).isFalse();
        assertThat(form.text(ProductField.PRICE).get()).isEqualTo("2만원");
    }

    @Test
    void aNegativeQuantitySaysItMustNotBeNegativeRatherThanNotANumber() {
        fillRequired();
        form.text(ProductField.ORDER_QUANTITY).set("-5");

        assertThat(form.problem(ProductField.ORDER_QUANTITY).get()).isEqualTo(messages.get("validation.not.negative"));
    }

    @Test
    void aQuantityBeyondTwoBillionIsNotAcceptedAsANumber() {
        fillRequired();
        form.text(ProductField.SHIPPED_QUANTITY).set("3,000,000,000");

        assertThat(form.problem(ProductField.SHIPPED_QUANTITY).get()).isEqualTo(messages.get("validation.number"));
    }

    @Test
    void aBarcodeWithAWrongCheckDigitIsFlaggedUntilCorrected() {
        fillRequired();
        String valid = Gtin.ean13("880123456789");
        String wrong = valid.substring(0, 12) + ((valid.charAt(12) - '0' + 1) % 10);

        form.text(ProductField.BARCODE).set(wrong);
        assertThat(form.problem(ProductField.BARCODE).get()).isEqualTo(messages.get("validation.barcode.ean13"));

        form.text(ProductField.BARCODE).set(valid);
        assertThat(form.problem(ProductField.BARCODE).get()).isNull();
        assertThat(form.details().barcode()).isEqualTo(valid);
    }

    @Test
    void aProblemTheServiceReportedStaysOnlyUntilThatFieldIsEdited() {
        fillRequired();
        form.report(ProductField.SKU, "이미 사용 중");
        form.text(ProductField.NAME).set("다른 이름");
        assertThat(form.problem(ProductField.SKU).get()).isEqualTo("이미 사용 중");
        assertThat(form.isValid()).isFalse();

        form.text(ProductField.SKU).set("TOR-SUN-51");

        assertThat(form.problem(ProductField.SKU).get()).isNull();
        assertThat(form.isValid()).isTrue();
    }

    @Test
    void tagsAreSpelledAsTheyWillBeStoredAndNotRepeated() {
        form.addTag("Cold Chain, summer");
        form.addTag("cold-chain");
        form.pendingTagProperty().set("  Gift Set ");
        form.commitPendingTag();

        assertThat(form.tags()).containsExactly("cold-chain", "summer", "gift-set");
        assertThat(form.pendingTagProperty().get()).isEmpty();

        form.removeTag("summer");
        assertThat(form.tagSet()).containsExactly("cold-chain", "gift-set");
    }

    @Test
    void loadingAProductShowsItsNumbersGroupedAndReadsThemBackUnchanged() {
        ProductDetails stored = ProductDetails.builder().sku("TOR-SUN").name("선크림").priceWon(1_250_000L)
                .orderQuantity(3_000).launchDate(LocalDate.of(2027, 3, 2)).build();

        form.load(stored, Set.of("summer"));

        assertThat(form.text(ProductField.PRICE).get()).isEqualTo("1,250,000");
        assertThat(form.launchDateProperty().get()).isEqualTo(LocalDate.of(2027, 3, 2));
        assertThat(form.details()).isEqualTo(stored);
        assertThat(form.tags()).containsExactly("summer");
    }

    private void fillRequired() {
        form.text(ProductField.SKU).set("TOR-SUN-50");
        form.text(ProductField.NAME).set("토리든 다이브인 선크림");
    }

    @Test
    void typingMarksTheFormChangedAndTypingItBackDoesNot() {
        form.load(com.mallboard.product.ProductDetails.of("TOR-SUN", "선크림"), java.util.Set.of("sunscreen"));
        assertThat(form.hasUnsavedChanges()).isFalse();
        form.text(ProductField.NAME).set("선크림 리필");
        assertThat(form.hasUnsavedChanges()).isTrue();
        form.text(ProductField.NAME).set("선크림");
        assertThat(form.hasUnsavedChanges()).isFalse();
        form.addTag("vegan");
        assertThat(form.hasUnsavedChanges()).isTrue();
    }
}
