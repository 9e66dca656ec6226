package dev.scaffold.check;

import java.util.List;

/** One of the org's container rules; it inspects a repository and reports what breaks it. */
public interface Rule {
    String id();

    /** One line for the README and {@code scaffold check --list}. */
    String description();

    List<Finding> check(Repo repo);
}
