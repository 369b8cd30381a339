package com.mallboard.suggest.history;

import com.mallboard.product.Stage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Past products in a shape that answers "who shares a tag with this product" quickly: products sorted by completion
 * time, tags and action titles turned into small integers, and an inverted index tag → products (ascending, so a
 * query that may only look at products completed before a moment stops at the first later one). Built once;
 * immutable and safe to share between threads.
 */
public final class HistoryIndex {
    private static final int[] NONE = new int[0];

    private final TagWeights tagWeights;
    private final long[] productIds;
    private final long[] completedMillis;
    private final int[][] productTags;
    private final double[] productTagWeight;
    /** [product][stage ordinal] → distinct action ids. */
    private final int[][][] productActions;
    private final Map<String, Integer> tagIds = new HashMap<>();
    private final List<String> tagNames = new ArrayList<>();
    private final int[][] postings;
    private final Map<String, Integer> actionIds = new HashMap<>();
    private final List<String> actionKeys = new ArrayList<>();
    private final List<String> actionTitles = new ArrayList<>();

    private HistoryIndex(List<PastProduct> history, TagWeights tagWeights) {
        this.tagWeights = tagWeights;
        List<PastProduct> sorted = new ArrayList<>(history);
        sorted.sort(Comparator.comparing(PastProduct::completedAt).thenComparingLong(PastProduct::id));
        int n = sorted.size();
        productIds = new long[n];
        completedMillis = new long[n];
        productTags = new int[n][];
        productTagWeight = new double[n];
        productActions = new int[n][][];
        List<List<Integer>> postingLists = new ArrayList<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        for (int p = 0; p < n; p++) {
            PastProduct product = sorted.get(p);
            productIds[p] = product.id();
            completedMillis[p] = product.completedAt().toEpochMilli();
            productTags[p] = product.tags().stream().sorted().mapToInt(tag -> tagId(tag, postingLists)).toArray();
            for (int tag : productTags[p]) {
                postingLists.get(tag).add(p);
                productTagWeight[p] += tagWeights.weight(tagNames.get(tag));
            }
            productActions[p] = actionsByStage(product, spellings);
        }
        postings = postingLists.stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        for (String key : actionKeys) {
            actionTitles.add(mostUsedSpelling(spellings.get(key)));
        }
    }

    public static HistoryIndex build(List<PastProduct> history, TagWeights tagWeights) {
        return new HistoryIndex(history, tagWeights);
    }

    private int tagId(String tag, List<List<Integer>> postingLists) {
        return tagIds.computeIfAbsent(tag, t -> {
            tagNames.add(t);
            postingLists.add(new ArrayList<>());
            return tagNames.size() - 1;
        });
    }

    private int[][] actionsByStage(PastProduct product, Map<String, Map<String, Integer>> spellings) {
        int[][] byStage = new int[Stage.values().length][];
        for (Stage stage : Stage.values()) {
            Set<Integer> ids = new LinkedHashSet<>();
            for (String title : product.visit(stage).map(StageVisit::actionTitles).orElse(List.of())) {
                String key = ActionTitles.key(title);
                if (key.isEmpty()) {
                    continue;
                }
                spellings.computeIfAbsent(key, k -> new HashMap<>()).merge(title.strip(), 1, Integer::sum);
                ids.add(actionIds.computeIfAbsent(key, k -> {
                    actionKeys.add(k);
                    return actionKeys.size() - 1;
                }));
            }
            byStage[stage.ordinal()] = ids.isEmpty() ? NONE : ids.stream().mapToInt(Integer::intValue).toArray();
        }
        return byStage;
    }

    private static String mostUsedSpelling(Map<String, Integer> spellings) {
        // most used first; on a tie the alphabetically first spelling, so the title does not depend on hash order
        Comparator<Map.Entry<String, Integer>> byUse = Map.Entry.comparingByValue();
        Comparator<Map.Entry<String, Integer>> byName = Map.Entry.comparingByKey();
        return spellings.entrySet().stream().max(byUse.thenComparing(byName.reversed())).orElseThrow().getKey();
    }

    public int size() {
        return productIds.length;
    }

    public TagWeights tagWeights() {
        return tagWeights;
    }

    /** How many indexed products were completed strictly before {@code moment}; they are products 0 … n-1. */
    public int completedBefore(Instant moment) {
        long limit = moment.toEpochMilli();
        int index = Arrays.binarySearch(completedMillis, limit);
        if (index < 0) {
            return -index - 1;
        }
        while (index > 0 && completedMillis[index - 1] == limit) {
            index--;
        }
        return index;
    }

    /** The tag's id, or -1 when no past product has it. */
    int tagId(String tag) {
        Integer id = tagIds.get(tag);
        return id == null ? -1 : id;
    }

    String tagName(int tagId) {
        return tagNames.get(tagId);
    }

    int[] productsWithTag(int tagId) {
        return postings[tagId];
    }

    long productId(int product) {
        return productIds[product];
    }

    long completedMillis(int product) {
        return completedMillis[product];
    }

    double tagWeightSum(int product) {
        return productTagWeight[product];
    }

    int[] tags(int product) {
        return productTags[product];
    }

    int[] actions(int product, Stage stage) {
        return productActions[product][stage.ordinal()];
    }

    int actionCount() {
        return actionKeys.size();
    }

    String actionKey(int actionId) {
        return actionKeys.get(actionId);
    }

    /** The spelling most past products used for this action. */
    String actionTitle(int actionId) {
        return actionTitles.get(actionId);
    }
}
