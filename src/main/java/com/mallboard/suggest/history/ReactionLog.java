package com.mallboard.suggest.history;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What merchandisers did with learned suggestions, per (product, action): a dismissed action never comes back for
 * that product, and each action's acceptance rate (over all products) re-ranks it. Actions are given by title or by
 * {@link ActionTitles#key key} (a key is its own key). Built from the stored reactions for each question; not
 * thread-safe, the caller serialises writes.
 */
public final class ReactionLog {
    private final Set<String> dismissed = new HashSet<>();
    private final Map<String, int[]> reactionsByAction = new HashMap<>();

    public void accepted(long productId, String actionTitle) {
        counts(ActionTitles.key(actionTitle))[0]++;
    }

    public void dismissed(long productId, String actionTitle) {
        String key = ActionTitles.key(actionTitle);
        dismissed.add(productId + "\u0000" + key);
        counts(key)[1]++;
    }

    public boolean isDismissed(long productId, String actionKey) {
        return dismissed.contains(productId + "\u0000" + actionKey);
    }

    /**
     * The action's acceptance rate smoothed towards {@code prior}: (accepted + prior·strength) / (reactions +
     * strength), so one early dismissal does not bury an action and an action nobody reacted to gets the prior.
     */
    public double smoothedAcceptance(String actionKey, double prior, double strength) {
        int[] counts = reactionsByAction.getOrDefault(actionKey, new int[2]);
        return (counts[0] + prior * strength) / (counts[0] + counts[1] + strength);
    }

    private int[] counts(String key) {
        return reactionsByAction.computeIfAbsent(key, k -> new int[2]);
    }
}
