package dev.scaffold.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * An org catalog in a real git repository with tags v1..v4 of archetype "svc", for update scenarios:
 * v2 changes, adds and removes files, renames a question (migration) and adds one with a default;
 * v3 changes one more line of the CI file; v4 no longer has "svc".
 */
final class UpdateCatalog {
    static final PersonIdent IDENT = new PersonIdent("Test", "test@example.com");
    final Path dir;
    final String url;

    private UpdateCatalog(Path dir) {
        this.dir = dir;
        this.url = dir.toUri().toString().replace("file:/", "file:///").replace("file:////", "file:///");
    }

    static UpdateCatalog create(Path dir) throws IOException, GitAPIException {
        UpdateCatalog catalog = new UpdateCatalog(dir);
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            catalog.write("catalog.json", "{\"name\": \"acme\", \"default\": \"svc\", \"archetypes\": [{\"id\": \"svc\", \"path\": \"archetypes/svc\"}]}\n");
            catalog.version1();
            catalog.commit(git, "v1");
            catalog.version2();
            catalog.commit(git, "v2");
            catalog.write("archetypes/svc/archetype.json", catalog.manifest("3.0.0"));
            catalog.write("archetypes/svc/files/ci.yml.ftl", ci("base:2", "4"));
            catalog.commit(git, "v3");
            catalog.write("catalog.json", "{\"name\": \"acme\", \"archetypes\": [{\"id\": \"other\", \"path\": \"archetypes/svc\"}]}\n");
            catalog.write("archetypes/svc/archetype.json", catalog.manifest("3.0.0").replace("\"id\": \"svc\"", "\"id\": \"other\""));
            catalog.commit(git, "v4");
            // v4 stays a tag off the default branch, whose head (the newest) is v3.
            git.reset().setMode(org.eclipse.jgit.api.ResetCommand.ResetType.HARD).setRef("v3").call();
        }
        return catalog;
    }

    private void version1() throws IOException {
        write("archetypes/svc/archetype.json", """
                {"id": "svc", "version": "1.0.0", "family": "python", "description": "update fixture",
                 "questions": ["name", "port",
                   {"id": "flavor", "type": "choice", "prompt": "Flavor", "choices": ["old", "other"], "default": "old"}]}
                """);
        write("archetypes/svc/files/service.conf.ftl", conf("flavor=[=flavor]", "30"));
        write("archetypes/svc/files/ci.yml.ftl", ci("base:1", "3"));
        write("archetypes/svc/files/app/main.txt.ftl", "listen [=port]\n\nhandler=hello\n");
        write("archetypes/svc/files/README.md.ftl", "# [=name]\n");
        write("archetypes/svc/files/old.txt", "old\n");
        write("archetypes/svc/files/gone-edited.txt", "gone\n");
        write("archetypes/svc/files/keep-deleted.txt", "keep\n");
        write("archetypes/svc/files/deleted-changed.txt", "x\n");
    }

    private void version2() throws IOException {
        write("archetypes/svc/archetype.json", manifest("2.0.0"));
        write("archetypes/svc/files/service.conf.ftl", conf("variant=[=variant]\ntier=[=tier]", "60"));
        write("archetypes/svc/files/ci.yml.ftl", ci("base:2", "3"));
        write("archetypes/svc/files/app/main.txt.ftl", "listen [=port]\n\nhandler=hello2\n");
        write("archetypes/svc/files/README.md.ftl", "# [=name]\nversion two\n");
        write("archetypes/svc/files/deleted-changed.txt", "y\n");
        write("archetypes/svc/files/added.txt", "added in v2\n");
        Files.delete(dir.resolve("archetypes/svc/files/old.txt"));
        Files.delete(dir.resolve("archetypes/svc/files/gone-edited.txt"));
    }

    private String manifest(String version) {
        return """
                {"id": "svc", "version": "%s", "family": "python", "description": "update fixture",
                 "questions": ["name", "port",
                   {"id": "variant", "type": "choice", "prompt": "Variant", "choices": ["new", "other"], "default": "new"},
                   {"id": "tier", "prompt": "Tier", "default": "gold"}],
                 "update": {"migrations": [
                   {"version": "2.0.0", "rename": {"flavor": "variant"}, "values": {"variant": {"old": "new"}}}]}}
                """.formatted(version);
    }

    private static String conf(String flavorLines, String timeout) {
        return "name=[=name]\nport=[=port]\na=1\nb=2\nc=3\nd=4\ne=5\nf=6\ng=7\ntimeout=" + timeout + "\n" + flavorLines + "\n";
    }

    private static String ci(String image, String steps) {
        return "jobs:\n  test:\n    image: " + image + "\n    runs-on: ubuntu\n    steps: " + steps + "\n";
    }

    private void write(String path, String content) throws IOException {
        Files.createDirectories(dir.resolve(path).getParent());
        Files.writeString(dir.resolve(path), content);
    }

    private void commit(Git git, String tag) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        git.commit().setMessage(tag).setAuthor(IDENT).setCommitter(IDENT).setSign(false).call();
        git.tag().setName(tag).setAnnotated(false).call();
    }

    /** The environment for CLI runs: a private catalog cache, no user config. */
    static Map<String, String> env(Path tmp) {
        return Map.of("XDG_CONFIG_HOME", "/nonexistent/scaffold-test-config", "XDG_CACHE_HOME", tmp.resolve("cache").toString());
    }
}
