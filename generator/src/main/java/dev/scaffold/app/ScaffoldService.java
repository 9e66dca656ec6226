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
import dev.scaffold.check.Checker;
import dev.scaffold.generate.Generator;
import dev.scaffold.git.Author;
import dev.scaffold.git.GitCommitter;
import dev.scaffold.project.ProjectDescription;
import dev.scaffold.project.ProjectRules;
import dev.scaffold.project.ProjectTree;
import dev.scaffold.write.TreeWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.scaffold.update.MergePreview;
import dev.scaffold.update.Ownership;
import dev.scaffold.update.RenderMerge;
import dev.scaffold.update.TemplateHistory;
import dev.scaffold.update.UpdateManifest;
import dev.scaffold.update.Versions;
import java.util.HashMap;
import java.util.List;
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
        Map<String, Object> answers = resolver.resolve(chosen.questions(),
                new AnswerSources(request.answers(), stored.answers(), fileName, context, request.flagFor()));
        return render(catalog, chosen, answers, request.allowPrivilegedPort());
    }

    /** Checks the rules that span answers and the org policy, then renders and validates the tree. */
    public Generated render(Catalog catalog, Archetype archetype, Map<String, Object> answers, boolean allowPrivilegedPort) {
        ProjectDescription description = new ProjectDescription(archetype, ScaffoldVersion.get(), answers, catalog.org(),
                catalog.layers());
        ProjectRules.check(description, catalog.family(archetype), allowPrivilegedPort);
        catalog.org().checkBaseImage((String) answers.get("base_image"));
        ProjectTree tree = generator.generate(description);
        return new Generated(description, catalog, tree);
    }

    /**
     * Writes the tree to {@code target} all-or-nothing and, unless {@code commit} is false, commits it on
     * {@code main}; returns the abbreviated commit id, or empty without a commit.
     */
    public Optional<String> write(Generated generated, Path target, boolean force, boolean commit, Author author) {
        String[] id = {null};
        new TreeWriter().write(generated.tree(), target, force, staged -> {
            if (commit) {
                id[0] = new GitCommitter().commitAll(staged, author, generated.initialCommitMessage());
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
                ? AnswersFile.read(answers).recordedCatalogs().map(specs -> new CatalogSpec.Recorded(specs, AnswersFile.PATH))
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
        Path dir = request.repository();
        Updating.Recorded recorded = Updating.Recorded.read(dir);
        try (RenderMerge merge = RenderMerge.open(dir)) {
            merge.refuseUnsafeState();
            Updating updating = new Updating(catalogs, this);
            Updating.Target target = updating.target(recorded, request.to());
            Map<String, Object> answers = updating.answers(recorded, target, request, prompter);
            Archetype archetype = target.archetype();
            boolean sameAnswers = Updating.sameAnswers(answers, recorded);
            if (sameAnswers && archetype.version().equals(recorded.version())) {
                return new UpdateResult(UpdateOutcome.UP_TO_DATE, archetype.id(), recorded.version(), archetype.version(),
                        List.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty());
            }
            Ownership ownership = new Ownership(UpdateManifest.of(archetype), Ownership.repositoryOwned(dir), request.include());
            RenderMerge.Plan plan = merge.plan(updating.render(target, answers, recorded), ownership, !sameAnswers);
            MergePreview.Effect effect = plan.effect();
            if (request.dryRun()) {
                return result(effect.conflicts().isEmpty() ? UpdateOutcome.UPDATED : UpdateOutcome.CONFLICTED, archetype,
                        recorded.version(), effect, effect.conflicts(), Optional.empty());
            }
            String change = archetype.id() + " " + recorded.version() + " -> " + archetype.version();
            RenderMerge.Outcome outcome = merge.apply(plan,
                    "scaffold template: " + archetype.id() + " " + archetype.version()
                            + "\n\nThe pristine render that scaffold update merges (" + change + ")."
                            + TemplateHistory.trailer(archetype.id(), archetype.version()),
                    "scaffold update: " + change + "\n", GitCommitter.identityFor(dir, request.author()));
            return result(outcome.conflicts().isEmpty() ? UpdateOutcome.UPDATED : UpdateOutcome.CONFLICTED, archetype,
                    recorded.version(), effect, outcome.conflicts(), outcome.commit());
        }
    }

    private static UpdateResult result(UpdateOutcome outcome, Archetype archetype, String from, MergePreview.Effect effect,
            List<String> conflicts, Optional<String> commit) {
        return new UpdateResult(outcome, archetype.id(), from, archetype.version(), effect.added(), effect.removed(),
                effect.modified(), conflicts, effect.keptRemoved(), commit);
    }

    /**
     * Where a generated repository stands against its catalogs: the newest version of its archetype and the
     * managed files that differ from their last pristine render (in git; else rendered again from the answers).
     */
    public StatusReport status(Path repository) {
        Updating.Recorded recorded = Updating.Recorded.read(repository);
        Archetype newest = new Updating(catalogs, this).target(recorded, null).archetype();
        Ownership ownership = new Ownership(UpdateManifest.of(newest), Ownership.repositoryOwned(repository), java.util.Set.of());
        List<String> drifted;
        if (Files.isDirectory(repository.resolve(".git"))) {
            try (RenderMerge merge = RenderMerge.open(repository)) {
                drifted = merge.drift(ownership);
            }
        } else {
            drifted = driftFromRender(repository, ownership);
        }
        return new StatusReport(newest.id(), recorded.version(), newest.version(),
                Versions.compare(newest.version(), recorded.version()) > 0, drifted);
    }

    private List<String> driftFromRender(Path repository, Ownership ownership) {
        Generated pristine = generate(new GenerateRequest(null, Map.of(), repository.resolve(AnswersFile.PATH), null, true,
                id -> "-d " + id + "=VALUE"), Prompter.NONE);
        List<String> drifted = new java.util.ArrayList<>();
        pristine.tree().files().forEach((path, file) -> {
            Path onDisk = repository.resolve(path);
            try {
                if (!ownership.isOwned(path) && (!Files.isRegularFile(onDisk) || !java.util.Arrays.equals(Files.readAllBytes(onDisk), file.content()))) {
                    drifted.add(path);
                }
            } catch (java.io.IOException e) {
                drifted.add(path);
            }
        });
        return drifted;
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
