package com.mallboard.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.board.BoardCard;
import com.mallboard.product.Gtin;
import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.Stage;
import com.mallboard.store.TestStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCatalogueTest {
    static final Set<String> TAG_VOCABULARY = Set.of("sunscreen", "functional-cosmetic", "fragile", "liquid",
            "cold-chain", "limited-time", "gift-set", "spf50", "vegan");

    @TempDir
    Path folder;
    TestStore store;
    DemoCatalogue demo;

    @BeforeEach
    void openStore() {
        store = TestStore.open(folder);
        demo = new DemoCatalogue(store.productRepository(), store.clock(), TestStore.USER);
    }

    @Test
    void installingFillsEveryStageWithAboutSixtyProductsOfSeveralBrandsAndCreators() {
        int installed = demo.install();

        List<Product> products = store.productRepository().findActive().stream()
                .filter(p -> !DemoCatalogue.isPastProduct(p)).toList();
        assertThat(installed).isEqualTo(products.size() + DemoHistory.SIZE);
        assertThat(products.size()).isBetween(55, 65);
        assertThat(products).extracting(Product::stage).containsOnly(Stage.values()).contains(Stage.values());
        assertThat(distinct(products, d -> d.brand())).hasSizeGreaterThanOrEqualTo(5);
        assertThat(distinct(products, d -> d.influencer())).hasSizeGreaterThanOrEqualTo(4);
        assertThat(distinct(products, d -> d.category()))
                .contains("선크림", "토너", "세럼", "앰플", "크림", "클렌저", "마스크팩", "립", "쿠션");
        assertThat(distinct(products, d -> d.supplier())).hasSizeGreaterThanOrEqualTo(4);
        assertThat(demo.isInstalled()).isTrue();
    }

    @Test
    void everyDemoProductIsMarkedAsDemoWithAUniqueDemoSkuAndAValidKoreanBarcode() {
        demo.install();

        List<Product> products = store.productRepository().findActive();
        assertThat(products).allSatisfy(p -> {
            assertThat(p.demo()).isTrue();
            assertThat(p.sku()).startsWith("DEMO-");
        });
        assertThat(products).extracting(Product::sku).doesNotHaveDuplicates();
        List<String> barcodes = products.stream().map(p -> p.details().barcode()).filter(Objects::nonNull).toList();
        assertThat(barcodes).hasSizeGreaterThan(30).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(Gtin.isValidEan13(code)).as(code).isTrue())
                .allSatisfy(code -> assertThat(code).startsWith("880"));
    }

    @Test
    void installingTwiceDoesNotDuplicateTheCatalogue() {
        int first = demo.install();

        int second = demo.install();

        assertThat(second).isZero();
        assertThat(store.productRepository().findActive()).hasSize(first);
    }

    @Test
    void removingTheDemoDeletesOnlyDemoProducts() {
        Product own = store.createDraft("MY-001", "우리 브랜드 수분 크림");
        int installed = demo.install();

        int removed = demo.remove();

        assertThat(removed).isEqualTo(installed);
        assertThat(store.productRepository().findActive()).extracting(Product::id).containsExactly(own.id());
        assertThat(demo.isInstalled()).isFalse();
    }

    @Test
    void everyProductPassesTheGatesOfTheStagesItHasAlreadyLeft() {
        demo.install();

        for (Product product : store.productRepository().findActive()) {
            for (Stage passed : Stage.values()) {
                if (passed.isBefore(product.stage())) {
                    assertThat(store.gates().problemsLeaving(passed, product))
                            .as("%s in %s leaving %s", product.sku(), product.stage(), passed)
                            .isEmpty();
                }
            }
        }
    }

    @Test
    void someCardsStillShowWhatBlocksTheirNextMove() {
        demo.install();

        List<BoardCard> cards = store.board().loadCards();
        Set<Stage> stagesWithProblems = cards.stream().filter(c -> !c.gateProblems().isEmpty())
                .map(BoardCard::stage).collect(Collectors.toSet());
        assertThat(stagesWithProblems).contains(Stage.PLANNING, Stage.SOURCING, Stage.LABELING, Stage.SHIPMENT);
        assertThat(cards).filteredOn(c -> c.gateProblems().isEmpty()).hasSizeGreaterThan(cards.size() / 2);
    }

    @Test
    void launchDatesRangeFromOverdueToFarAheadAndDaysInStageVary() {
        demo.install();
        LocalDate today = store.board().today();

        List<BoardCard> cards = store.board().loadCards();
        List<LocalDate> launches = cards.stream().map(c -> c.product().details().launchDate())
                .filter(Objects::nonNull).toList();
        assertThat(cards).filteredOn(c -> c.isOverdue(today)).isNotEmpty();
        assertThat(launches).anyMatch(d -> !d.isBefore(today) && d.isBefore(today.plusDays(14)));
        assertThat(launches).anyMatch(d -> d.isAfter(today.plusDays(90)));
        assertThat(cards.stream().map(BoardCard::daysInStage).distinct().count()).isGreaterThan(10);
    }

    @Test
    void aFewDemoProductsLaunchAtRiskSoTheFlagAndItsFilterHaveSomethingToShow() {
        demo.install();

        List<BoardCard> atRisk = store.board().loadCards().stream().filter(BoardCard::isAtRisk).toList();

        assertThat(atRisk).as("a few, not a board full of flames").hasSizeBetween(2, 12);
        assertThat(atRisk).extracting(BoardCard::stage).contains(Stage.LABELING)
                .allSatisfy(stage -> assertThat(stage).isIn(Stage.PLANNING, Stage.SOURCING, Stage.LABELING));
    }

    @Test
    void tagsComeFromTheAgreedVocabulary() {
        List<String> tags = demo.products().stream().flatMap(p -> p.tags().stream()).toList();

        assertThat(tags).allSatisfy(tag -> assertThat(TAG_VOCABULARY.contains(tag)
                || tag.startsWith("influencer:") || tag.startsWith("campaign:")).as(tag).isTrue());
        assertThat(tags).contains("sunscreen", "spf50", "fragile", "liquid", "vegan", "cold-chain", "gift-set",
                "limited-time", "functional-cosmetic");
        assertThat(tags).anyMatch(tag -> tag.startsWith("influencer:")).anyMatch(tag -> tag.startsWith("campaign:"));
    }

    @Test
    void theCatalogueIsTheSameForTheSameDay() {
        DemoCatalogue other = new DemoCatalogue(store.productRepository(), store.clock(), "someone-else");

        assertThat(other.products()).isEqualTo(demo.products());
    }

    private static Set<String> distinct(List<Product> products, java.util.function.Function<ProductDetails, String> field) {
        return products.stream().map(p -> field.apply(p.details())).filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
