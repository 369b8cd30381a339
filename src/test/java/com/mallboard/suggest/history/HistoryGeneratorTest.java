package com.mallboard.suggest.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.Stage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryGeneratorTest {
    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    private final HistoryGenerator generator = new HistoryGenerator(START);

    @Test
    void theSameSeedGivesTheSameHistoryAndAnotherSeedAnother() {
        assertThat(generator.generate(300, 2)).isEqualTo(generator.generate(300, 2));
        assertThat(generator.generate(300, 3)).isNotEqualTo(generator.generate(300, 2));
    }

    @Test
    void productsStartWithinTwoYearsAndWalkTheStagesInOrder() {
        for (PastProduct product : generator.generate(500, 1)) {
            Instant planned = product.visit(Stage.PLANNING).orElseThrow().enteredAt();
            assertThat(planned).isBetween(START, START.plus(Duration.ofDays(730)));
            Instant previous = planned;
            for (Stage stage : List.of(Stage.SOURCING, Stage.LABELING, Stage.SHIPMENT)) {
                Instant entered = product.visit(stage).orElseThrow().enteredAt();
                assertThat(entered).isAfter(previous);
                previous = entered;
            }
            assertThat(product.completedAt()).isAfter(previous);
            assertThat(product.tags()).isNotEmpty();
        }
    }

    @Test
    void tagsDriveTheActionsWithNoise() {
        List<PastProduct> history = generator.generate(2_000, 1);
        List<PastProduct> sunscreens = history.stream().filter(p -> p.tags().contains("sunscreen")).toList();
        long withSpfTest = sunscreens.stream().filter(p -> did(p, Stage.SOURCING, "order spf pa test report")).count();
        long othersWithSpfTest = history.stream().filter(p -> !p.tags().contains("sunscreen"))
                .filter(p -> did(p, Stage.SOURCING, "order spf pa test report")).count();

        assertThat(sunscreens).hasSizeGreaterThan(200);
        // done by most sunscreens (0.9 in the playbook), skipped by some, by nothing else
        assertThat((double) withSpfTest / sunscreens.size()).isBetween(0.8, 0.97);
        assertThat(othersWithSpfTest).isZero();
        List<PastProduct> liquids = history.stream().filter(p -> p.tags().contains("liquid")).toList();
        assertThat(liquids.stream().filter(p -> did(p, Stage.LABELING, "leak proof packaging check")).count())
                .isGreaterThan(liquids.size() / 2);
        long spellings = history.stream().flatMap(p -> p.visit(Stage.SOURCING).orElseThrow().actionTitles().stream())
                .filter(t -> ActionTitles.key(t).equals("order spf pa test report")).distinct().count();
        assertThat(spellings).as("the same action typed differently").isGreaterThan(1);
    }

    private static boolean did(PastProduct product, Stage stage, String actionKey) {
        return product.visit(stage).orElseThrow().actionTitles().stream()
                .anyMatch(title -> ActionTitles.key(title).equals(actionKey));
    }
}
