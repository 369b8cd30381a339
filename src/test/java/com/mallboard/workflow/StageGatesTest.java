package com.mallboard.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.ProductDetailsBuilder;
import com.mallboard.product.ProductField;
import com.mallboard.product.Stage;
import com.mallboard.store.TestClock;
import com.mallboard.store.TestStore;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class StageGatesTest {
    private final StageGates gates = StageGates.defaults();

    private static Product at(Stage stage, ProductDetails details) {
        return new Product(1, details, stage, Set.of(), false, TestClock.START, TestClock.START, TestClock.START,
                null, 1);
    }

    /** A complete product with one thing taken away or changed. */
    private static Product at(Stage stage, UnaryOperator<ProductDetailsBuilder> change) {
        return at(stage, change.apply(TestStore.completeDetails("TOR-SUN").toBuilder()).build());
    }

    private List<GateProblem> problemsLeaving(Stage stage, UnaryOperator<ProductDetailsBuilder> change) {
        return gates.problemsForNextStage(at(stage, change));
    }

    @Test
    void aCompleteProductPassesEveryGate() {
        for (Stage stage : Stage.values()) {
            assertThat(problemsLeaving(stage, b -> b)).as("leaving %s", stage).isEmpty();
        }
    }

    @Test
    void leavingPlanningNeedsNameBrandPriceAndLaunchDate() {
        Product bareIdea = at(Stage.PLANNING, ProductDetails.builder().sku("IDEA-1").build());

        assertThat(gates.problemsForNextStage(bareIdea)).containsExactly(
                GateProblem.missing(ProductField.NAME),
                GateProblem.missing(ProductField.BRAND),
                GateProblem.missing(ProductField.PRICE),
                GateProblem.missing(ProductField.LAUNCH_DATE));
    }

    @Test
    void aPriceOfZeroWonCountsAsMissing() {
        assertThat(problemsLeaving(Stage.PLANNING, b -> b.priceWon(0L)))
                .containsExactly(GateProblem.missing(ProductField.PRICE));
    }

    @Test
    void leavingSourcingNeedsSupplierCostAndOrderQuantity() {
        assertThat(problemsLeaving(Stage.SOURCING, b -> b.supplier(" ").costWon(null).orderQuantity(0)))
                .containsExactly(
                        GateProblem.missing(ProductField.SUPPLIER),
                        GateProblem.missing(ProductField.COST),
                        GateProblem.missing(ProductField.ORDER_QUANTITY));
    }

    @Test
    void leavingSourcingDoesNotAskForPlanningFields() {
        assertThat(problemsLeaving(Stage.SOURCING, b -> b.brand(null).launchDate(null))).isEmpty();
    }

    @Test
    void leavingLabelingNeedsABarcode() {
        assertThat(problemsLeaving(Stage.LABELING, b -> b.barcode(null)))
                .containsExactly(GateProblem.missing(ProductField.BARCODE));
    }

    @Test
    void leavingLabelingWithAWrongCheckDigitNamesTheBarcode() {
        assertThat(problemsLeaving(Stage.LABELING, b -> b.barcode("8801234567890")))
                .containsExactly(new GateProblem(ProductField.BARCODE, "gate.barcode.invalid",
                        List.of("8801234567890")));
    }

    @Test
    void leavingLabelingNeedsEveryLabelLine() {
        assertThat(problemsLeaving(Stage.LABELING, b -> b.capacity(null).manufacturer(null).responsibleSeller(null)
                .usagePeriod(null).ingredients(null)))
                .containsExactly(
                        GateProblem.missing(ProductField.CAPACITY),
                        GateProblem.missing(ProductField.MANUFACTURER),
                        GateProblem.missing(ProductField.RESPONSIBLE_SELLER),
                        GateProblem.missing(ProductField.USAGE_PERIOD),
                        GateProblem.missing(ProductField.INGREDIENTS));
    }

    @Test
    void leavingShipmentNeedsEverythingOrderedShipped() {
        assertThat(problemsLeaving(Stage.SHIPMENT, b -> b.orderQuantity(1_000).shippedQuantity(400)))
                .containsExactly(new GateProblem(ProductField.SHIPPED_QUANTITY, "gate.not.all.shipped",
                        List.of("400", "1000")));
    }

    @Test
    void shippingMoreThanOrderedStillCountsAsAllShipped() {
        assertThat(problemsLeaving(Stage.SHIPMENT, b -> b.orderQuantity(1_000).shippedQuantity(1_020))).isEmpty();
    }

    @Test
    void aProductWithNothingOrderedCannotBeDone() {
        assertThat(problemsLeaving(Stage.SHIPMENT, b -> b.orderQuantity(null).shippedQuantity(null)))
                .containsExactly(new GateProblem(ProductField.SHIPPED_QUANTITY, "gate.not.all.shipped",
                        List.of("0", "0")));
    }

    @Test
    void doneHasNoGate() {
        Product empty = at(Stage.DONE, ProductDetails.builder().build());

        assertThat(gates.problemsForNextStage(empty)).isEmpty();
    }

    @Test
    void problemsLeavingAskesOnlyTheRulesOfThatStage() {
        Product draft = at(Stage.PLANNING, ProductDetails.of("IDEA-1", "아이디어"));

        assertThat(gates.problemsLeaving(Stage.SOURCING, draft)).extracting(GateProblem::field)
                .containsExactly(ProductField.SUPPLIER, ProductField.COST, ProductField.ORDER_QUANTITY);
    }
}
