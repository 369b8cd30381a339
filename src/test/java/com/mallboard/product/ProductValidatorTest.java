package com.mallboard.product;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.store.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProductValidatorTest {

    @Test
    void aCompleteProductHasNoProblems() {
        assertThat(ProductValidator.problems(TestStore.completeDetails("TOR-SUN_50.v2"))).isEmpty();
    }

    @Test
    void aDraftNeedsOnlySkuAndName() {
        assertThat(ProductValidator.problems(ProductDetails.of("IDEA-1", "아이디어"))).isEmpty();
        assertThat(ProductValidator.problems(ProductDetails.of("  ", null))).containsExactly(
                new FieldProblem(ProductField.SKU, "validation.required"),
                new FieldProblem(ProductField.NAME, "validation.required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"TOR SUN", "-TOR", ".TOR", "토리든-01", "TOR/SUN", "A12345678901234567890123456789012345678X9"})
    void skusWithSpacesSlashesHangulOrOverFortyCharactersAreRejected(String sku) {
        assertThat(ProductValidator.problems(ProductDetails.of(sku, "선크림")))
                .containsExactly(new FieldProblem(ProductField.SKU, "validation.sku.format"));
    }

    @Test
    void aFortyCharacterSkuIsFine() {
        assertThat(ProductValidator.problems(ProductDetails.of("A".repeat(40), "선크림"))).isEmpty();
    }

    @Test
    void negativeMoneyAndQuantitiesAreRejectedButZeroIsFine() {
        ProductDetails negative = ProductDetails.builder().sku("NEG").name("음수")
                .priceWon(-1L).costWon(-2L).orderQuantity(-3).shippedQuantity(-4).build();
        ProductDetails zero = ProductDetails.builder().sku("ZERO").name("영")
                .priceWon(0L).costWon(0L).orderQuantity(0).shippedQuantity(0).build();

        assertThat(ProductValidator.problems(negative)).containsExactly(
                new FieldProblem(ProductField.PRICE, "validation.not.negative"),
                new FieldProblem(ProductField.COST, "validation.not.negative"),
                new FieldProblem(ProductField.ORDER_QUANTITY, "validation.not.negative"),
                new FieldProblem(ProductField.SHIPPED_QUANTITY, "validation.not.negative"));
        assertThat(ProductValidator.problems(zero)).isEmpty();
    }

    @Test
    void aBarcodeIsOptionalButMustBeAValidEan13WhenGiven() {
        ProductDetails wrong = ProductDetails.builder().sku("BAR").name("바코드").barcode("8801234567890").build();

        assertThat(ProductValidator.problems(wrong))
                .containsExactly(new FieldProblem(ProductField.BARCODE, "validation.barcode.ean13"));
    }
}
