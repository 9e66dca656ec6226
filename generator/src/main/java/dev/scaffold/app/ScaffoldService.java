package dev.scaffold.app;

import dev.scaffold.ScaffoldVersion;
import dev.scaffold.answers.AnswerResolver;
import dev.scaffold.answers.AnswerSources;
import dev.scaffold.answers.AnswersFile;
import dev.scaffold.answers.Prompter;
import dev.scaffold.catalog.Archetype;
import dev.scaffold.catalog.Catalog;
import dev.scaffold.catalog.CatalogSpec;
import dev.scaffold.catalog.Question;
import dev.scaffold.catalog.OrgSettings;
import dev.scaffold.catalog.QuestionType;
import dev.scaffold.catalog.UserConfig;
import dev.scaffold.check.Checker;
import dev.scaffold.check.Repo;
import dev.scaffold.generate.Generator;
import dev.scaffold.git.Author;
import dev.scaffold.git.GitCommitter;
import dev.scaffold.project.ProjectDescription;
import dev.scaffold.project.ProjectRules;
import dev.scaffold.project.ProjectTree;
import dev.scaffold.update.TemplateHistory;
import dev.scaffold.write.TreeWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one pipeline every edge (CLI commands, the web server, fleet operations) runs: catalogs → answers →
 * description → rules and policy → tree, then write → commit. No edge repeats a step, so none can skip a rule.
 */
public final class ScaffoldService {
    private final CatalogSource catalogs;
    private final Generator generator = new Generator();

    public ScaffoldService(CatalogSource catalogs) {
        this.catalogs = catalogs;
    }

    /** Resolves every answer, checks every rule and renders the validated tree in memory; writes nothing. */
    public Generated generate(GenerateRequest request, Prompter prompter) {
        AnswersFile.Stored stored = request.answersFile() == null ? AnswersFile.Stored.NONE : AnswersFile.read(request.answersFile());
        String fileName = String.valueOf(request.answersFile());
        // Re-rendering from an answers file uses the catalogs it records, at the recorded commits.
        Catalog catalog = catalogs.load(stored.recordedCatalogs().map(specs -> new CatalogSpec.Recorded(specs, fileName)));
        AnswerResolver resolver = new AnswerResolver(prompter);
        Archetype chosen = chooseArchetype(catalog, request, stored, resolver);

        Map<String, String> context = new HashMap<>(catalog.org().defaults());
        if (request.folderName() != null) {
            context.put("name", request.folderName());
        }
        // The rules that span answers are asked as each answer is given, so a prompt can ask again.
        ProjectRules rules = new ProjectRules(catalog.family(chosen), request.allowPrivilegedPort(), catalog.org());
        Map<String, Object> answers = resolver.resolve(chosen.questions(),
                new AnswerSources(request.answers(), stored.answers(), fileName, context, request.flagFor()), rules);
        return render(catalog, chosen, answers, request.allowPrivilegedPort());
    }

    /** Checks the rules that span answers and the org policy, then renders and validates the tree. */
    public Generated render(Catalog catalog, Archetype archetype, Map<String, Object> answers, boolean allowPrivilegedPort) {
        ProjectDescription description = new ProjectDescription(archetype, ScaffoldVersion.get(), answers, catalog.org(),
                catalog.layers());
        new ProjectRules(catalog.family(archetype), allowPrivilegedPort, catalog.org()).check(description);
        ProjectTree tree = generator.generate(description);
        return new Generated(description, catalog, tree);
    }

    /** Refuses, as {@link #write} would, a target the tree cannot be written to; writes nothing (for dry runs). */
    public void checkTarget(Generated generated, Path target, boolean force) {
        new TreeWriter().check(generated.tree(), target, force);
    }

    /**
     * Writes the tree to {@code target} all-or-nothing and, unless {@code commit} is false, commits it on
     * {@code main}; returns the abbreviated commit id, or empty without a commit.
     */
    public Optional<String> write(Generated generated, Path target, boolean force, boolean commit, Author author) {
        String[] id = {null};
        new TreeWriter().write(generated.tree(), target, force, staged -> {
            if (commit) {
                id[0] = new GitCommitter(UserConfig.cacheHome(System::getenv)).commitAll(staged, author, generated.initialCommitMessage());
                // The first render starts the template history that scaffold update merges from.
                TemplateHistory.markHead(staged);
            }
        });
        return Optional.ofNullable(id[0]);
    }

    /** The layered catalog the edge's source gives when no answers file records one. */
    public Catalog catalog() {
        return catalogs.load(Optional.empty());
    }

    /**
     * Checks a repository against the container rules and the org policy: that of the edge's catalogs when
     * it names any, else of those the repository's answers file records (at the recorded commits, so a
     * repository is held to the policy it was generated under), else the environment's.
     */
    public CheckOutcome check(Path repository, boolean catalogsGiven) {
        Path answers = repository.resolve(AnswersFile.PATH);
        Optional<CatalogSpec.Recorded> recorded = !catalogsGiven && Files.isRegularFile(answers)
                ? AnswersFile.read(Repo.inside(repository, AnswersFile.PATH)).recordedCatalogs().map(specs -> new CatalogSpec.Recorded(specs, AnswersFile.PATH))
                : Optional.empty();
        OrgSettings policy = catalogs.load(recorded).org();
        return new CheckOutcome(policy, new Checker(policy).check(repository));
    }

    /**
     * Updates a generated repository to its archetype's newest (or requested) version: the new pristine
     * render is merged into HEAD with git, and committed unless lines conflict. On {@link UpdateOutcome#CONFLICTED}
     * the work tree and index are left as {@code git merge} leaves them. A dry run writes nothing.
     */
    public UpdateResult update(UpdateRequest request, Prompter prompter) {
        return new Updating(catalogs, this).update(request, prompter);
    }

    /**
     * Where a generated repository stands against its catalogs: the newest version of its archetype and the
     * managed files that differ from their last pristine render (in git; else rendered again from the answers).
     */
    public StatusReport status(Path repository) {
        return new Updating(catalogs, this).status(repository);
    }

    private static Archetype chooseArchetype(Catalog catalog, GenerateRequest request, AnswersFile.Stored stored,
            AnswerResolver resolver) {
        Question stack = new Question("archetype", QuestionType.CHOICE, "Stack (archetype)", null,
                catalog.defaultArchetype(), catalog.archetypes().stream().map(Archetype::id).toList(),
                null, null, null, null, null);
        Map<String, String> given = request.archetypeId() == null ? Map.of() : Map.of("archetype", request.archetypeId());
        Map<String, String> file = stored.archetypeId() == null ? Map.of() : Map.of("archetype", stored.archetypeId());
        Object id = resolver.resolveOne(stack, new AnswerSources(given, file, String.valueOf(request.answersFile()),
                Map.of(), q -> request.flagFor().apply("archetype")), Map.of());
        return catalog.archetype(String.valueOf(id));
    }
}
