package com.mallboard.report;

import java.time.Clock;
import java.util.function.Supplier;

/**
 * What the export dialog works with, built once by the composition root: the views on offer, the export, where the
 * filters' choices come from (read in the background) and the clock for "this month".
 */
public record Reports(ReportCatalogue catalogue, ReportExport export, Supplier<FilterChoices> choices, Clock clock) {
}
