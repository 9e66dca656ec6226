package dev.scaffold.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A one-archetype catalog ("evil", family python) built in a test folder, to be made hostile by the test. */
public final class HostileCatalog {
    public final Path root;
    public final Path files;

    public HostileCatalog(Path root) throws IOException {
        this(root, "");
    }

    /** {@code extra}: more top-level fields of catalog.json, e.g. {@code "limits": {...},}. */
    public HostileCatalog(Path root, String extra) throws IOException {
        this.root = root;
        this.files = root.resolve("evil/files");
        Files.createDirectories(files);
        write("catalog.json", "{" + extra + "\"default\": \"evil\", \"archetypes\": [{\"id\": \"evil\", \"path\": \"evil\"}]}");
        write("evil/archetype.json", "{\"id\": \"evil\", \"version\": \"1.0.0\", \"family\": \"python\","
                + " \"description\": \"hostile\", \"questions\": [\"name\", {\"id\": \"description\", \"default\": \"a service\"}]}");
        write("evil/files/README.md.ftl", "# [=name]\n[=description]\n");
    }

    public Path write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    public String spec() {
        return root.toString();
    }
}
