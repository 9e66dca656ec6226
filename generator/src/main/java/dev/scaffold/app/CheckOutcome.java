package dev.scaffold.app;

import dev.scaffold.catalog.OrgSettings;
import dev.scaffold.check.Checker;

/** The result of checking a repository: the org policy it was held to, and the checker's report. */
public record CheckOutcome(OrgSettings policy, Checker.Report report) {
}
