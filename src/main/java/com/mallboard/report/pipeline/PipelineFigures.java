package com.mallboard.report.pipeline;

import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.Stage;
import com.mallboard.suggest.risk.LaunchRisk;
import com.mallboard.suggest.risk.RiskStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The pipeline's figures for a set of products: per stage the work in progress, its limit, how long products stay
 * (the current stays of the products there and the stays that ended in the period), overdue actions and products
 * whose launch is at risk; the same counts per brand and per influencer; and the products that need attention.
 * {@link Stage#DONE} has no days: a finished product's time there is not work.
 */
public record PipelineFigures(List<StageRow> stages, List<GroupRow> brands, List<GroupRow> influencers,
                              List<ProductAlert> alerts) {

    /** One stage: {@code wipLimit} is {@code null} without a limit. */
    public record StageRow(Stage stage, long products, Integer wipLimit, DayStats days, long overdueActions,
                           long atRisk) {
    }

    /** One brand or influencer ({@code name} {@code null} for products without one), products per stage in order. */
    public record GroupRow(String name, List<Long> byStage, long total, long overdueActions, long atRisk) {
        public GroupRow {
            byStage = List.copyOf(byStage);
        }

        public long in(Stage stage) {
            return byStage.get(stage.ordinal());
        }
    }

    /** A product whose launch is at risk or late, or that has overdue actions. */
    public record ProductAlert(Product product, double daysInStage, LaunchRisk risk, int overdueActions) {
    }

    /** What the figures are made of, read by the caller through the services. */
    public record Inputs(List<Product> products, List<MoveRow> moves, Predicate<Instant> inPeriod, Instant now,
                         Map<Stage, Integer> wipLimits, Map<Long, Integer> overdueActions,
                         Map<Long, LaunchRisk> risks) {
    }

    public PipelineFigures {
        stages = List.copyOf(stages);
        brands = List.copyOf(brands);
        influencers = List.copyOf(influencers);
        alerts = List.copyOf(alerts);
    }

    public static PipelineFigures of(Inputs in) {
        Map<Stage, List<Double>> stays = CycleTimes.completedStays(in.moves(), in.inPeriod());
        for (Product product : in.products()) {
            stays.get(product.stage()).add(ProductMoves.days(product.stageEnteredAt(), in.now()));
        }
        List<StageRow> stages = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            List<Product> there = in.products().stream().filter(p -> p.stage() == stage).toList();
            DayStats days = stage == Stage.DONE ? DayStats.NONE : DayStats.of(stays.get(stage));
            stages.add(new StageRow(stage, there.size(), in.wipLimits().get(stage), days, overdue(there, in),
                    atRisk(there, in)));
        }
        return new PipelineFigures(stages, groups(in, ProductDetails::brand), groups(in, ProductDetails::influencer),
                alerts(in));
    }

    private static List<GroupRow> groups(Inputs in, Function<ProductDetails, String> key) {
        Map<String, List<Product>> byName = new LinkedHashMap<>();
        for (Product product : in.products()) {
            String name = key.apply(product.details());
            byName.computeIfAbsent(name == null || name.isBlank() ? null : name.strip(), n -> new ArrayList<>())
                    .add(product);
        }
        List<GroupRow> rows = new ArrayList<>();
        byName.forEach((name, products) -> {
            Map<Stage, Long> counts = new EnumMap<>(Stage.class);
            products.forEach(p -> counts.merge(p.stage(), 1L, Long::sum));
            List<Long> byStage = new ArrayList<>();
            for (Stage stage : Stage.values()) {
                byStage.add(counts.getOrDefault(stage, 0L));
            }
            rows.add(new GroupRow(name, byStage, products.size(), overdue(products, in), atRisk(products, in)));
        });
        rows.sort(Comparator.comparing((GroupRow row) -> row.name() == null)
                .thenComparing(Comparator.comparingLong(GroupRow::total).reversed())
                .thenComparing(GroupRow::name, Comparator.nullsLast(Comparator.naturalOrder())));
        return rows;
    }

    private static List<ProductAlert> alerts(Inputs in) {
        List<ProductAlert> alerts = new ArrayList<>();
        for (Product product : in.products()) {
            LaunchRisk risk = in.risks().getOrDefault(product.id(), LaunchRisk.NONE);
            int overdue = in.overdueActions().getOrDefault(product.id(), 0);
            boolean flagged = risk.status() == RiskStatus.AT_RISK || risk.status() == RiskStatus.LATE;
            if (flagged || overdue > 0) {
                alerts.add(new ProductAlert(product, ProductMoves.days(product.stageEnteredAt(), in.now()),
                        flagged ? risk : LaunchRisk.NONE, overdue));
            }
        }
        alerts.sort(Comparator.comparing((ProductAlert a) -> a.product().details().launchDate(),
                        Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(a -> a.product().sku()));
        return Collections.unmodifiableList(alerts);
    }

    private static long overdue(List<Product> products, Inputs in) {
        return products.stream().mapToLong(p -> in.overdueActions().getOrDefault(p.id(), 0)).sum();
    }

    private static long atRisk(List<Product> products, Inputs in) {
        return products.stream().filter(p -> in.risks().getOrDefault(p.id(), LaunchRisk.NONE).atRisk()).count();
    }
}
