/**
 * Reporting (issue #8): case statistics for a unit's subtree and a period that stay fast at millions of cases. A
 * trigger on the case table appends signed deltas, {@link vn.lamchu.reporting.CaseStatFold} folds them into a monthly
 * rollup, and {@link vn.lamchu.reporting.CaseStatistics} reads rollup plus unfolded deltas (exact at once). The
 * reporting tables are written only by the database trigger and the fold; the case tables are only read.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting",
        allowedDependencies = {"shared", "platform", "org", "cases", "audit"})
package vn.lamchu.reporting;
