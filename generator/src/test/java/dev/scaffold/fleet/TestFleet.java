package dev.scaffold.fleet;

import dev.scaffold.TestCatalogs;
import dev.scaffold.answers.Prompter;
import dev.scaffold.app.CatalogSource;
import dev.scaffold.app.GenerateRequest;
import dev.scaffold.app.Generated;
import dev.scaffold.app.ScaffoldService;
import dev.scaffold.catalog.CatalogResolver;
import dev.scaffold.catalog.CatalogSpec;
import dev.scaffold.git.Author;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A fleet of real git repositories for the fleet tests, made from scratch in a temporary folder: an org
 * catalog (a git repository tagged v1 and v2, with archetype org-go 1.0.0 and 2.0.0, a copy of the built-in
 * go-http), and bare "remote" repositories generated from it, some with their teams' own commits.
 */
public final class TestFleet {
    public static final Author AUTHOR = new Author("Fleet Test", "fleet@example.org");
    /** The Dockerfile line v1 renders (a managed file: updates merge it)... */
    public static final String V1_BUILD_LINE = "# Build:  docker build -t NAME .";
    /** ...the line v2 renders instead... */
    public static final String V2_BUILD_LINE = "# Build:  docker buildx build --load -t NAME .";
    /** ...and the line the conflicting repository's team wrote there. */
    public static final String TEAM_BUILD_LINE = "# Build:  make image";

    public final Path root;
    public final String catalogUrl;
    public final Path remotes;

    private TestFleet(Path root, String catalogUrl) {
        this.root = root;
        this.catalogUrl = catalogUrl;
        this.remotes = root.resolve("remotes");
    }

    /** The org catalog at v1 and v2, and no repositories yet. */
    public static TestFleet create(Path root) throws IOException, GitAPIException {
        Path catalog = root.resolve("catalog");
        Path archetype = catalog.resolve("archetypes/org-go");
        TestCatalogs.copy(repoRoot().resolve("archetypes/go-http"), archetype);
        Files.writeString(catalog.resolve("catalog.json"), """
                {
                  "name": "acme",
                  "default": "org-go",
                  "org": { "name": "acme" },
                  "archetypes": [ { "id": "org-go", "path": "archetypes/org-go" } ]
                }
                """);
        Path manifest = archetype.resolve("archetype.json");
        String original = Files.readString(manifest);
        Files.writeString(manifest, original.replace("\"id\": \"go-http\"", "\"id\": \"org-go\"")
                .replaceFirst("\"version\": \"[^\"]*\"", "\"version\": \"1.0.0\""));
        try (Git git = Git.init().setDirectory(catalog.toFile()).setInitialBranch("main").call()) {
            commitAll(git, "org-go 1.0.0");
            git.tag().setName("v1").call();
            // v2: a changed Dockerfile line (the conflict), a new file, a new version.
            Files.writeString(manifest, Files.readString(manifest).replace("\"version\": \"1.0.0\"", "\"version\": \"2.0.0\""));
            Path dockerfile = archetype.resolve("files/Dockerfile.ftl");
            String v1 = V1_BUILD_LINE.replace("NAME", "[=name]");
            if (!Files.readString(dockerfile).contains(v1 + "\n")) {
                throw new IllegalStateException("go-http's Dockerfile no longer has the line " + v1);
            }
            Files.writeString(dockerfile, Files.readString(dockerfile).replace(v1 + "\n", V2_BUILD_LINE.replace("NAME", "[=name]") + "\n"));
            Files.writeString(archetype.resolve("files/dot-editorconfig"), "root = true\n\n[*]\nend_of_line = lf\n");
            commitAll(git, "org-go 2.0.0");
            git.tag().setName("v2").call();
        }
        return new TestFleet(root, "file://" + catalog.toAbsolutePath());
    }

    /** Generates {@code name} from the catalog at {@code tag} and pushes it to a new bare repository; returns its URL. */
    public String generate(String name, String tag) throws IOException, GitAPIException {
        Path work = root.resolve("work/" + name);
        CatalogResolver resolver = new CatalogResolver(root.resolve("catalog-cache/" + name));
        CatalogSource source = recorded -> resolver.resolve(recorded.map(r -> new CatalogSpec(r.specs(), r.file()))
                .orElse(new CatalogSpec(List.of(catalogUrl + "#" + tag), "test")));
        ScaffoldService service = new ScaffoldService(source);
        Generated generated = service.generate(new GenerateRequest("org-go", Map.of("name", name), null, name, false,
                q -> "--" + q), Prompter.NONE);
        service.write(generated, work, false, true, AUTHOR);
        return publish(name, work);
    }

    /** A repository that scaffold never generated: a README and no answers file. */
    public String plain(String name) throws IOException, GitAPIException {
        Path work = root.resolve("work/" + name);
        Files.createDirectories(work);
        Files.writeString(work.resolve("README.md"), "# " + name + "\n");
        try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call()) {
            commitAll(git, "hand-made");
        }
        return publish(name, work);
    }

    /** A team's own commit in {@code name}'s remote: {@code edit} changes the work tree, then it is pushed. */
    public RevCommit userCommit(String name, String message, Edit edit) throws IOException, GitAPIException {
        Path work = root.resolve("work/" + name);
        edit.apply(work);
        try (Git git = Git.open(work.toFile())) {
            RevCommit commit = commitAll(git, message);
            git.push().setRemote(remote(name).toUri().toString()).add("main").call();
            return commit;
        }
    }

    /** The team's change to the Dockerfile line that v2 changes too. */
    public static void conflictingEdit(Path work) throws IOException {
        String name = work.getFileName().toString();
        Path dockerfile = work.resolve("Dockerfile");
        Files.writeString(dockerfile, Files.readString(dockerfile).replace(V1_BUILD_LINE.replace("NAME", name), TEAM_BUILD_LINE));
    }

    /** A change to a work tree. */
    @FunctionalInterface
    public interface Edit {
        void apply(Path work) throws IOException;
    }

    public Path remote(String name) {
        return remotes.resolve(name + ".git");
    }

    /** Writes a new repository list file for these URLs. */
    public Path list(List<String> urls) throws IOException {
        List<String> lines = new ArrayList<>(List.of("# the test fleet", ""));
        lines.addAll(urls);
        Path file = Files.createTempFile(root, "repos-", ".txt");
        Files.write(file, lines);
        return file;
    }

    private String publish(String name, Path work) throws GitAPIException {
        Path bare = remote(name);
        Git.cloneRepository().setURI(work.toUri().toString()).setDirectory(bare.toFile()).setBare(true).call().close();
        return "file://" + bare.toAbsolutePath();
    }

    private static RevCommit commitAll(Git git, String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        PersonIdent ident = new PersonIdent(AUTHOR.name(), AUTHOR.email());
        return git.commit().setMessage(message).setAuthor(ident).setCommitter(ident).setSign(false).call();
    }

    /** The project's root folder (where archetypes/ is): Maven runs tests there. */
    public static Path repoRoot() {
        return Path.of(System.getProperty("scaffold.repoRoot", ".")).toAbsolutePath().normalize();
    }
}
