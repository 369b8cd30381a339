package com.mallboard.suggest.history;

import com.mallboard.product.Stage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Realistic, reproducible histories for the demo, the evaluation and the benchmark: products of a few archetypes
 * (sunscreen, toner, serum, …) whose tags drive what they did per stage ({@link Playbook#BEAUTY}), with the noise
 * real teams leave behind: skipped actions, one-off extra actions, spelling variants, a dropped or stray tag. Start
 * dates are spread over two years; the same seed always gives the same history.
 */
public final class HistoryGenerator {
    private static final Duration SPREAD = Duration.ofDays(730);
    private static final double DROP_TAG = 0.08;
    private static final double STRAY_TAG = 0.1;
    private static final double ONE_OFF = 0.25;
    private static final List<String> STRAY_TAGS = List.of("vegan", "fragile", "liquid", "limited-time", "gift-set");
    private static final List<String> INFLUENCERS = List.of("minji.glow", "dewy.hana", "skin.jun", "bora.beauty",
            "glassskin.lee", "yuna.daily", "mood.seo", "clean.kim");
    private static final List<String> CAMPAIGNS = List.of("year-end-gift", "summer-sun", "chuseok", "back-to-school",
            "valentine", "black-friday");
    private static final List<String> ONE_OFFS = List.of("Fix detail page typo", "Re-shoot thumbnail",
            "Call supplier about delay", "Update price after review", "Answer buyer Q&A", "Check customs code");
    private static final List<String> ONE_OFFS_KOREAN = List.of("상세페이지 오타 수정", "썸네일 재촬영",
            "공급사 납기 지연 통화", "리뷰 반영 가격 조정", "구매 문의 답변", "통관 코드 확인");
    private static final List<Archetype> ARCHETYPES = List.of(
            new Archetype(0.2, List.of("sunscreen", "functional-cosmetic", "liquid"), List.of("spf50", "vegan")),
            new Archetype(0.15, List.of("toner", "liquid"), List.of("fragile", "vegan")),
            new Archetype(0.15, List.of("serum", "liquid", "fragile"), List.of("functional-cosmetic", "cold-chain")),
            new Archetype(0.12, List.of("cream", "functional-cosmetic"), List.of("cold-chain", "vegan")),
            new Archetype(0.1, List.of("mask-pack"), List.of("vegan", "limited-time")),
            new Archetype(0.1, List.of("lip"), List.of("limited-time", "vegan")),
            new Archetype(0.08, List.of("perfume", "liquid", "fragile"), List.of("limited-time")),
            new Archetype(0.1, List.of("gift-set"), List.of("fragile", "limited-time", "liquid")));

    private final Instant start;
    private final boolean korean;

    /** Histories begin at {@code start} and products start within the two years after it. */
    public HistoryGenerator(Instant start) {
        this(start, false);
    }

    private HistoryGenerator(Instant start, boolean korean) {
        this.start = start;
        this.korean = korean;
    }

    /** The same histories with the titles a Korean team types (the demo's); the same seed makes the same choices. */
    public static HistoryGenerator korean(Instant start) {
        return new HistoryGenerator(start, true);
    }

    public List<PastProduct> generate(int count, long seed) {
        Random random = new Random(seed);
        List<PastProduct> products = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            products.add(product(i + 1L, random));
        }
        return products;
    }

    private PastProduct product(long id, Random random) {
        return walk(id, tags(random), random);
    }

    /**
     * A product with {@code tags} walking the board: it starts within the two years after the start, spends 3–20
     * days in each stage and does there what the playbook says products with its tags tend to do.
     */
    public PastProduct walk(long id, Set<String> tags, Random random) {
        Instant entered = start.plusSeconds((long) (random.nextDouble() * SPREAD.toSeconds()));
        Map<Stage, StageVisit> stages = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            if (stage == Stage.DONE) {
                break;
            }
            stages.put(stage, new StageVisit(entered, actions(stage, tags, random)));
            entered = entered.plus(Duration.ofHours(24L * (3 + random.nextInt(18)) + random.nextInt(24)));
        }
        return new PastProduct(id, tags, stages, entered);
    }

    private static Set<String> tags(Random random) {
        Archetype archetype = pick(random);
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : archetype.core()) {
            if (random.nextDouble() >= DROP_TAG) {
                tags.add(tag);
            }
        }
        for (String tag : archetype.optional()) {
            if (random.nextDouble() < 0.35) {
                tags.add(tag);
            }
        }
        if (random.nextDouble() < 0.3) {
            tags.add("influencer:" + INFLUENCERS.get(random.nextInt(INFLUENCERS.size())));
        }
        if (random.nextDouble() < 0.25) {
            tags.add("campaign:" + CAMPAIGNS.get(random.nextInt(CAMPAIGNS.size())));
        }
        if (random.nextDouble() < STRAY_TAG) {
            tags.add(STRAY_TAGS.get(random.nextInt(STRAY_TAGS.size())));
        }
        if (tags.isEmpty()) {
            tags.add(archetype.core().get(0));
        }
        return tags;
    }

    private static Archetype pick(Random random) {
        double roll = random.nextDouble();
        for (Archetype archetype : ARCHETYPES) {
            roll -= archetype.share();
            if (roll < 0) {
                return archetype;
            }
        }
        return ARCHETYPES.get(ARCHETYPES.size() - 1);
    }

    private List<String> actions(Stage stage, Set<String> tags, Random random) {
        Set<String> titles = new LinkedHashSet<>();
        for (Playbook play : Playbook.BEAUTY) {
            boolean applies = play.stage() == stage
                    && ("*".equals(play.tag()) || tags.stream().anyMatch(play::appliesTo));
            if (applies && random.nextDouble() < play.probability()) {
                String spelling = play.spellings().get(random.nextInt(play.spellings().size()));
                titles.add(korean ? play.korean() : spelling);
            }
        }
        if (random.nextDouble() < ONE_OFF) {
            int oneOff = random.nextInt(ONE_OFFS.size());
            titles.add((korean ? ONE_OFFS_KOREAN : ONE_OFFS).get(oneOff));
        }
        return List.copyOf(titles);
    }

    private record Archetype(double share, List<String> core, List<String> optional) {
    }
}
