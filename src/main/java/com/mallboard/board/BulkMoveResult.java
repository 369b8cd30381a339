package com.mallboard.board;

import com.mallboard.workflow.MoveResult;
import java.util.List;

/** The outcome of moving several cards at once: which moved, which were stopped and why. */
public record BulkMoveResult(List<MoveResult.Moved> moved, List<MoveResult> notMoved) {
}
