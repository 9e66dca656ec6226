package dev.scaffold.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Process exit codes; listed in every command's --help. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int GENERATION_FAILED = 1;
    /** {@code scaffold check}: a rule failed (the same code as a failed generation: "the output is not fit"). */
    public static final int CHECK_FAILED = 1;
    public static final int BAD_INPUT = 2;
    /** {@code scaffold update}: stopped with conflicts to resolve (markers, unmerged index entries, MERGE_HEAD), nothing committed. */
    public static final int UPDATE_CONFLICTS = 3;
    /** {@code scaffold status}: the repository is behind its archetype's newest version, or its managed files drifted. */
    public static final int BEHIND = 4;

    static final Map<String, String> DESCRIPTIONS = descriptions();

    private ExitCodes() {
    }

    private static Map<String, String> descriptions() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(" " + OK, "success");
        codes.put(" " + GENERATION_FAILED, "generation failed (broken template or catalog, I/O or git error); nothing"
                + " written. For check: a rule failed");
        codes.put(" " + BAD_INPUT, "bad input (unknown option, invalid or missing answer, non-empty target); nothing written");
        codes.put(" " + UPDATE_CONFLICTS, "update: conflicts to resolve (git status lists them); nothing committed");
        codes.put(" " + BEHIND, "status: behind the archetype's newest version, or managed files drifted");
        return Collections.unmodifiableMap(codes);
    }
}
