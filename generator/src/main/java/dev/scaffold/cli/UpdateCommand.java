package dev.scaffold.cli;

import dev.scaffold.answers.Prompter;
import dev.scaffold.answers.TextPrompter;
import dev.scaffold.app.ScaffoldService;
import dev.scaffold.app.UpdateOutcome;
import dev.scaffold.app.UpdateRequest;
import dev.scaffold.app.UpdateResult;
import dev.scaffold.git.Author;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scaffold update [DIR]}: merges the archetype's newest render into a generated repository with git. */
@Command(name = "update", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Update a generated repository to its archetype's newest version (or --to REF).",
            "Renders the new version with the recorded answers and merges the change since the last render",
            "into HEAD with git (a three-way merge); commits unless lines conflict, which are left for you",
            "to resolve as after git merge. Team-owned files (app code, tests, README) are not merged unless",
            "--include names them. See docs/updating.md."})
final class UpdateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Generated repository (default: .).")
    Path dir = Path.of(".");

    @Option(names = "--to", paramLabel = "REF", description = "Tag, branch or commit of the archetype's catalog"
            + " (a version such as 2.0.0 also finds tag v2.0.0). Default: its newest.")
    String to;

    @Option(names = "--port", paramLabel = "PORT", description = "Change the port the service listens on.")
    String port;

    @Option(names = "--base-image", paramLabel = "IMAGE", description = "Change the runtime base image.")
    String baseImage;

    @Option(names = "--health-path", paramLabel = "PATH", description = "Change the health endpoint's path.")
    String healthPath;

    @Option(names = {"-d", "--set"}, paramLabel = "KEY=VALUE", description = "Change any answer (see 'scaffold show ID').")
    Map<String, String> sets = new LinkedHashMap<>();

    @Option(names = "--include", paramLabel = "PATH", description = "Merge this team-owned file (or glob) too; repeatable.")
    List<String> include = List.of();

    @Option(names = "--defaults", description = "Questions new in this version take their defaults instead of being asked.")
    boolean defaults;

    @Option(names = "--dry-run", description = "List the files that would be added, removed, modified or conflict; write nothing.")
    boolean dryRun;

    @Option(names = "--force", description = "Accept a downgrade to an older version.")
    boolean force;

    @Mixin
    CatalogOptions catalogs = new CatalogOptions();

    @Option(names = "--author", paramLabel = "\"NAME <EMAIL>\"", description = "Commit author (default: git config, else scaffold).")
    String author;

    @Option(names = "--verbose", description = "Print stack traces of internal errors.")
    boolean verbose;

    /** Standard input and whether it is a terminal; replaced by tests. */
    InputStream stdin = System.in;
    boolean terminal = System.console() != null;

    @Override
    public Integer call() {
        Map<String, String> changes = new HashMap<>(sets);
        putIfSet(changes, "port", port);
        putIfSet(changes, "base_image", baseImage);
        putIfSet(changes, "health_path", healthPath);
        Set<String> included = new LinkedHashSet<>(include);
        UpdateResult result = new ScaffoldService(catalogs::load).update(new UpdateRequest(dir, to, changes, defaults, dryRun,
                force, included, author == null ? null : Author.parse(author)), prompter());
        PrintWriter out = spec.commandLine().getOut();
        String change = result.archetypeId() + " " + result.fromVersion() + " -> " + result.toVersion();
        if (result.outcome() == UpdateOutcome.UP_TO_DATE) {
            out.printf("%s is already up to date (%s %s, same answers)%n", dir, result.archetypeId(), result.toVersion());
            return ExitCodes.OK;
        }
        list(out, "added", result.added());
        list(out, "removed", result.removed());
        list(out, "modified", result.modified());
        list(out, "kept (removed by the template, changed by you)", result.keptRemoved());
        list(out, dryRun ? "would conflict" : "conflict", result.conflicts());
        if (dryRun) {
            out.printf("scaffold update: %s (dry run: nothing written)%n", change);
            return ExitCodes.OK;
        }
        if (result.outcome() == UpdateOutcome.CONFLICTED) {
            out.printf("scaffold update: %s stopped with %d conflicted file(s); resolve them, then git add and git commit"
                    + " (or git merge --abort)%n", change, result.conflicts().size());
            return ExitCodes.UPDATE_CONFLICTS;
        }
        out.printf("scaffold update: %s%s%n", change, result.commit().map(id -> ", commit " + id).orElse(""));
        return ExitCodes.OK;
    }

    private static void list(PrintWriter out, String what, List<String> paths) {
        paths.forEach(path -> out.printf("%-9s %s%n", what.startsWith("kept") ? "kept" : what.equals("would conflict") ? "conflict?" : what, path));
    }

    private static void putIfSet(Map<String, String> answers, String key, String value) {
        if (value != null) {
            answers.put(key, value);
        }
    }

    private Prompter prompter() {
        return TextPrompter.forCommand(defaults, stdin, spec.commandLine().getErr(), terminal);
    }
}
