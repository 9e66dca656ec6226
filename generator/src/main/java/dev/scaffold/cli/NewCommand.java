package dev.scaffold.cli;

import dev.scaffold.answers.Prompter;
import dev.scaffold.answers.TextPrompter;
import dev.scaffold.app.GenerateRequest;
import dev.scaffold.app.Generated;
import dev.scaffold.app.ScaffoldService;
import dev.scaffold.catalog.Archetype;
import dev.scaffold.git.Author;
import dev.scaffold.project.ProjectTree;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scaffold new [DIR]}: answers the archetype's questions, renders, validates, writes and commits. */
@Command(name = "new", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Generate a new repository from an archetype.",
            "Answers come from flags, then --answers FILE, then prompts (a terminal, or one line per question",
            "on standard input), then defaults."})
final class NewCommand implements java.util.concurrent.Callable<Integer> {
    /** Dedicated flags and the question each one answers; every other question is set with -d. */
    private static final Map<String, String> FLAGS = Map.of(
            "archetype", "--archetype", "name", "--name", "base_image", "--base-image", "port", "--port",
            "user", "--user", "uid", "--uid", "health_path", "--health-path");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "Target folder (default: ./NAME). Its name is the default project name.")
    Path dir;

    @Option(names = {"-a", "--archetype"}, paramLabel = "ID", description = "Archetype id (see 'scaffold list').")
    String archetype;

    @Option(names = "--name", paramLabel = "NAME", description = "Project name.")
    String name;

    @Option(names = "--base-image", paramLabel = "IMAGE", description = "Base image of the runtime stage.")
    String baseImage;

    @Option(names = "--port", paramLabel = "PORT", description = "Port the service listens on.")
    String port;

    @Option(names = "--user", paramLabel = "USER", description = "Non-root user the container runs as.")
    String user;

    @Option(names = "--uid", paramLabel = "UID", description = "UID (and GID) of that user.")
    String uid;

    @Option(names = "--health-path", paramLabel = "PATH", description = "HTTP path of the health endpoint.")
    String healthPath;

    @Option(names = {"-d", "--set"}, paramLabel = "KEY=VALUE", description = "Answer any question (see 'scaffold show ID').")
    Map<String, String> sets = new LinkedHashMap<>();

    @Mixin
    CatalogOptions catalogs = new CatalogOptions();

    @Option(names = "--answers", paramLabel = "FILE", description = "Read answers from a JSON file (e.g. .scaffold/answers.json).")
    Path answersFile;

    @Option(names = "--defaults", description = "Ask nothing: take the default of every unanswered question.")
    boolean defaults;

    @Option(names = "--dry-run", description = "Print the files that would be generated; write nothing.")
    boolean dryRun;

    @Option(names = "--force", description = "Write into an existing non-empty folder, replacing generated files.")
    boolean force;

    @Option(names = "--no-git", description = "Do not create a git repository and commit.")
    boolean noGit;

    @Option(names = "--allow-privileged-port", description = "Accept a port below 1024 (the runtime must grant NET_BIND_SERVICE).")
    boolean allowPrivilegedPort;

    @Option(names = "--author", paramLabel = "\"NAME <EMAIL>\"", description = "Commit author (default: git config, else scaffold).")
    String author;

    @Option(names = "--verbose", description = "Print stack traces of internal errors.")
    boolean verbose;

    /** Standard input and whether it is a terminal; replaced by tests. */
    InputStream stdin = System.in;
    boolean terminal = System.console() != null;

    @Override
    public Integer call() {
        Author commitAuthor = author == null ? null : Author.parse(author);
        String folderName = dir != null && dir.getFileName() != null
                ? dir.toAbsolutePath().normalize().getFileName().toString() : null;
        ScaffoldService service = new ScaffoldService(catalogs::load);
        Generated generated = service.generate(new GenerateRequest(archetype, flagAnswers(), answersFile, folderName,
                allowPrivilegedPort, NewCommand::flagFor), prompter());
        ProjectTree tree = generated.tree();
        Path target = dir != null ? dir : Path.of(generated.description().name());
        PrintWriter out = spec.commandLine().getOut();
        if (dryRun) {
            service.checkTarget(generated, target, force); // what a real run would refuse, a dry run refuses too
            out.print(tree.listing());
            out.printf("%d files, %d bytes would be written to %s (dry run: nothing written)%n", tree.size(), tree.bytes(), target);
            return ExitCodes.OK;
        }
        Optional<String> commit = service.write(generated, target, force, !noGit, commitAuthor);
        Archetype chosen = generated.description().archetype();
        out.printf("Created %s from %s %s: %d files%s%n", target, chosen.id(), chosen.version(), tree.size(),
                commit.map(id -> ", commit " + id + " on main").orElse(""));
        out.printf("Next: cd %s and see README.md%n", target);
        return ExitCodes.OK;
    }

    private Map<String, String> flagAnswers() {
        Map<String, String> answers = new HashMap<>(sets);
        putIfSet(answers, "name", name);
        putIfSet(answers, "base_image", baseImage);
        putIfSet(answers, "port", port);
        putIfSet(answers, "user", user);
        putIfSet(answers, "uid", uid);
        putIfSet(answers, "health_path", healthPath);
        return answers;
    }

    private static void putIfSet(Map<String, String> answers, String key, String value) {
        if (value != null) {
            answers.put(key, value);
        }
    }

    static String flagFor(String questionId) {
        return FLAGS.getOrDefault(questionId, "-d " + questionId + "=VALUE");
    }

    private Prompter prompter() {
        return TextPrompter.forCommand(defaults, stdin, spec.commandLine().getErr(), terminal);
    }
}
