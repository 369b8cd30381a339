package com.mallboard.product.ui;

import com.mallboard.product.ChecklistAction;
import com.mallboard.product.Stage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One line of the stage action plan in the checklist tab: a stage's heading or one of its actions. The plan runs in
 * board order (planning → shipment); the product's current stage always has a heading, other stages only when they
 * have actions.
 */
public sealed interface ActionPlanRow {

    /** A stage's heading: whether the product is there now, how much of it is done, how many required are open. */
    record StageHeading(Stage stage, boolean current, int done, int total, int openRequired) implements ActionPlanRow {
    }

    /** An action under its stage's heading; {@code atCurrentStage} when it belongs to where the product is now. */
    record ActionLine(ChecklistAction action, boolean atCurrentStage) implements ActionPlanRow {

        /** Required, open and at the current stage: this is what keeps the product from moving on. */
        public boolean holdsTheGate() {
            return atCurrentStage && action.blocksGate();
        }
    }

    /** The plan of {@code actions} (in the order given within a stage) for a product at {@code current}. */
    static List<ActionPlanRow> plan(List<ChecklistAction> actions, Stage current) {
        Map<Stage, List<ChecklistAction>> byStage = new EnumMap<>(Stage.class);
        actions.forEach(action -> byStage.computeIfAbsent(action.stage(), stage -> new ArrayList<>()).add(action));
        byStage.computeIfAbsent(current, stage -> new ArrayList<>());
        List<ActionPlanRow> rows = new ArrayList<>();
        byStage.forEach((stage, stageActions) -> {
            int done = (int) stageActions.stream().filter(ChecklistAction::done).count();
            int openRequired = (int) stageActions.stream().filter(ChecklistAction::blocksGate).count();
            rows.add(new StageHeading(stage, stage == current, done, stageActions.size(), openRequired));
            stageActions.forEach(action -> rows.add(new ActionLine(action, stage == current)));
        });
        return rows;
    }
}
