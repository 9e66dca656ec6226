package dev.scaffold.app;

/** How an update ended: nothing to do, merged and committed, or stopped with conflicts to resolve. */
public enum UpdateOutcome { UP_TO_DATE, UPDATED, CONFLICTED }
