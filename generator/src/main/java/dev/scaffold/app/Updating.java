package dev.scaffold.app;

import dev.scaffold.answers.AnswerResolver;
import dev.scaffold.answers.AnswerSources;
import dev.scaffold.answers.AnswersFile;
import dev.scaffold.answers.Prompter;
import dev.scaffold.catalog.Archetype;
import dev.scaffold.catalog.Catalog;
import dev.scaffold.catalog.CatalogLoader;
import dev.scaffold.catalog.CatalogSpec;
import dev.scaffold.catalog.Question;
import dev.scaffold.error.InputException;
import dev.scaffold.git.GitCommitter;
import dev.scaffold.project.GeneratedFile;
import dev.scaffold.update.CatalogPins;
import dev.scaffold.update.MergePreview;
import dev.scaffold.update.Ownership;
import dev.scaffold.update.RenderMerge;
import dev.scaffold.update.TemplateHistory;
import dev.scaffold.update.UpdateManifest;
import dev.scaffold.update.Versions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The answers side of an update: which catalog and archetype version to go to, the recorded answers
 * migrated, changed and completed, and the new pristine render; then {@link RenderMerge} merges it with git.
 */
final class Updating {
    private final CatalogSource catalogs;
    private final ScaffoldService service;

    Updating(CatalogSource catalogs, ScaffoldService service) {
        this.catalogs = catalogs;
        this.service = service;
    }

    /** The recorded state of a generated repository; refuses a folder without an answers file. */
    record Recorded(AnswersFile.Stored stored, String version) {
        static Recorded read(Path repository) {
            Path file = repository.resolve(AnswersFile.PATH);
            if (!Files.isRegularFile(file)) {
                throw new InputException("DIR: " + repository + " has no " + AnswersFile.PATH
                        + "; scaffold update and status work on repositories scaffold generated");
            }
            AnswersFile.Stored stored = AnswersFile.read(file);
            String version = stored.archetypeVersion();
            if (stored.archetypeId() == null || version == null || stored.catalog() == null) {
                throw new InputException(AnswersFile.PATH + ": field 'archetype' must name the id, version and catalog"
                        + " scaffold generated the repository from");
            }
            return new Recorded(stored, version);
        }

        boolean builtin() {
            return CatalogLoader.BUILTIN.equals(stored.catalog());
        }
    }

    /** The archetype at the version an update goes to: {@code to} as a ref of its catalog, else the newest. */
    Target target(Recorded recorded, String to) {
        Catalog catalog = catalogAt(recorded, to);
        Archetype archetype = catalog.archetypes().stream().filter(a -> a.id().equals(recorded.stored().archetypeId()))
                .findFirst().orElseThrow(() -> new InputException(AnswersFile.PATH + ": archetype '" + recorded.stored().archetypeId()
                        + "' is no longer in the catalogs (" + catalog.ids() + "); pass --catalog with the catalog that has it"));
        if (to != null && recorded.builtin() && !to.equals(archetype.version()) && !to.equals("v" + archetype.version())) {
            throw new InputException("--to: " + archetype.id() + " is built into scaffold, which has version " + archetype.version()
                    + " only; run the scaffold release that ships " + to);
        }
        return new Target(catalog, archetype);
    }

    private Catalog catalogAt(Recorded recorded, String to) {
        List<String> specs = recorded.stored().recordedCatalogs().orElse(List.of());
        try {
            return load(specs, recorded, recorded.builtin() ? null : to);
        } catch (InputException unknownRef) {
            // "--to 2.0.0" for a catalog tagged v2.0.0
            if (to == null || recorded.builtin() || !to.matches("\\d.*")) {
                throw unknownRef;
            }
            return load(specs, recorded, "v" + to);
        }
    }

    private Catalog load(List<String> specs, Recorded recorded, String ref) {
        return catalogs.load(Optional.of(new CatalogSpec.Recorded(CatalogPins.target(specs, recorded.stored().catalog(), ref),
                AnswersFile.PATH)));
    }

    /** A catalog and the archetype an update renders from it. */
    record Target(Catalog catalog, Archetype archetype) {
    }

    /** The recorded answers migrated to the target version, with the requested changes and new questions answered. */
    Map<String, Object> answers(Recorded recorded, Target target, UpdateRequest request, Prompter prompter) {
        Archetype archetype = target.archetype();
        if (Versions.compare(archetype.version(), recorded.version()) < 0 && !request.force()) {
            throw new InputException((request.to() != null ? "--to: " : "archetype: the newest ") + archetype.id() + " "
                    + archetype.version() + " is older than the recorded " + recorded.version() + "; pass --force to downgrade");
        }
        Map<String, String> migrated = UpdateManifest.of(archetype).migrate(recorded.stored().answers(), recorded.version(),
                archetype.version());
        Set<String> asked = archetype.questions().stream().map(Question::id).collect(Collectors.toSet());
        // Answers to questions the new version no longer asks are dropped.
        Map<String, String> kept = new LinkedHashMap<>(migrated);
        kept.keySet().retainAll(asked);
        Map<String, String> context = new HashMap<>(target.catalog().org().defaults());
        return new AnswerResolver(request.defaults() ? Prompter.NONE : prompter).resolve(archetype.questions(),
                new AnswerSources(request.answerChanges(), kept, AnswersFile.PATH, context, id -> "-d " + id + "=VALUE"));
    }

    /** Whether the resolved answers are exactly those recorded. */
    static boolean sameAnswers(Map<String, Object> answers, Recorded recorded) {
        Map<String, String> texts = new LinkedHashMap<>();
        answers.forEach((id, value) -> texts.put(id, String.valueOf(value)));
        return texts.equals(recorded.stored().answers());
    }

    /**
     * Whether the request changed an answer (not a migration or a new question): then team-owned files are
     * merged too, since a new port must reach the app's code as well as the Dockerfile.
     */
    static boolean changedByRequest(Map<String, Object> answers, Recorded recorded, UpdateRequest request) {
        return request.answerChanges().keySet().stream()
                .anyMatch(id -> !String.valueOf(answers.get(id)).equals(recorded.stored().answers().get(id)));
    }

    /** The pristine render of the target version with these answers, validated like {@code new}'s. */
    Map<String, GeneratedFile> render(Target target, Map<String, Object> answers, Recorded recorded) {
        // A repository generated with --allow-privileged-port keeps its port through updates.
        boolean privileged = privileged(recorded.stored().answers().get("port"));
        return service.render(target.catalog(), target.archetype(), answers, privileged).tree().files();
    }

    private static boolean privileged(String port) {
        return port != null && port.matches("\\d{1,5}") && Integer.parseInt(port) < 1024;
    }

    /** See {@link ScaffoldService#update}. */
    UpdateResult update(UpdateRequest request, Prompter prompter) {
        Path dir = request.repository();
        Recorded recorded = Recorded.read(dir);
        try (RenderMerge merge = RenderMerge.open(dir)) {
            merge.refuseUnsafeState();
            Target target = target(recorded, request.to());
            Map<String, Object> answers = answers(recorded, target, request, prompter);
            Archetype archetype = target.archetype();
            boolean sameAnswers = sameAnswers(answers, recorded);
            if (sameAnswers && archetype.version().equals(recorded.version())) {
                return new UpdateResult(UpdateOutcome.UP_TO_DATE, archetype.id(), recorded.version(), archetype.version(),
                        List.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty());
            }
            Ownership ownership = new Ownership(UpdateManifest.of(archetype), Ownership.repositoryOwned(dir), request.include());
            RenderMerge.Plan plan = merge.plan(render(target, answers, recorded), ownership,
                    changedByRequest(answers, recorded, request));
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
        // git's own merge has the last word on conflicts; a file is listed once.
        return new UpdateResult(outcome, archetype.id(), from, archetype.version(), without(effect.added(), conflicts),
                without(effect.removed(), conflicts), without(effect.modified(), conflicts), conflicts, effect.keptRemoved(), commit);
    }

    private static List<String> without(List<String> paths, List<String> conflicts) {
        return paths.stream().filter(p -> !conflicts.contains(p)).toList();
    }

    /** See {@link ScaffoldService#status}. */
    StatusReport status(Path repository) {
        Recorded recorded = Recorded.read(repository);
        Archetype newest = target(recorded, null).archetype();
        Ownership ownership = new Ownership(UpdateManifest.of(newest), Ownership.repositoryOwned(repository), Set.of());
        List<String> drifted;
        if (Files.exists(repository.resolve(".git"))) {
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
        Generated pristine = service.generate(new GenerateRequest(null, Map.of(), repository.resolve(AnswersFile.PATH), null, true,
                id -> "-d " + id + "=VALUE"), Prompter.NONE);
        List<String> drifted = new ArrayList<>();
        pristine.tree().files().forEach((path, file) -> {
            Path onDisk = repository.resolve(path);
            try {
                if (!ownership.isOwned(path)
                        && (!Files.isRegularFile(onDisk) || !Arrays.equals(Files.readAllBytes(onDisk), file.content()))) {
                    drifted.add(path);
                }
            } catch (IOException e) {
                drifted.add(path);
            }
        });
        return drifted;
    }
}
