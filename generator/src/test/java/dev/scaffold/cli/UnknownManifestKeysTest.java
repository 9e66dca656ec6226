package dev.scaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.TestCatalogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A misspelt key in an org catalog's manifests is an input error naming the file and the key, never ignored. */
class UnknownManifestKeysTest {
    @TempDir
    Path tmp;

    private CliRun newWithEdited(String file, String from, String to) throws IOException {
        Path catalog = TestCatalogs.copy(TestCatalogs.root("org"), Files.createTempDirectory(tmp, "catalog"));
        Path edited = catalog.resolve(file);
        String text = Files.readString(edited);
        assertThat(text).contains(from);
        Files.writeString(edited, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
        return CliRun.run("new", tmp.resolve("out").toString(), "--defaults", "--no-git", "--catalog", catalog.toString());
    }

    @Test
    void aMisspeltKeyInArchetypeJsonNamesTheFileAndTheKey() throws IOException {
        CliRun run = newWithEdited("archetypes/org-svc/archetype.json", "\"family\"", "\"famliy\": \"python\", \"family\"");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("scaffold: archetypes/org-svc/archetype.json: unknown key 'famliy'; allowed keys are [");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void aMisspeltWhenInAQuestionIsRefused() throws IOException {
        CliRun run = newWithEdited("archetypes/org-svc/archetype.json", "\"registry\"]",
                "\"registry\", {\"id\": \"extra\", \"prompt\": \"Extra\", \"whne\": \"registry == x\"}]");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("scaffold: archetypes/org-svc/archetype.json: questions[2] (extra): unknown key 'whne'");
    }

    @Test
    void anUnknownKeyInCatalogJsonAndItsOrgObjectIsRefused() throws IOException {
        CliRun top = newWithEdited("catalog.json", "\"default\"", "\"defualt\": \"x\", \"default\"");
        assertThat(top.exitCode()).isEqualTo(2);
        assertThat(top.err()).startsWith("scaffold: catalog.json: unknown key 'defualt'");

        CliRun policy = newWithEdited("catalog.json", "\"allowed_base_image_prefixes\"", "\"allowed_base_images\": [], \"allowed_base_image_prefixes\"");
        assertThat(policy.exitCode()).isEqualTo(2);
        assertThat(policy.err()).startsWith("scaffold: catalog.json: org.policy: unknown key 'allowed_base_images'");
    }

    @Test
    void anUnknownKeyInTheSharedQuestionsOrFamiliesIsRefused() throws IOException {
        Path catalog = TestCatalogs.copy(TestCatalogs.root("org"), Files.createTempDirectory(tmp, "catalog"));
        Files.createDirectories(catalog.resolve("templates"));
        Files.writeString(catalog.resolve("templates/questions.json"), "{\"team\": {\"prompt\": \"Team\", \"patern\": \"[a-z]+\"}}");
        CliRun questions = CliRun.run("list", "--catalog", catalog.toString());
        assertThat(questions.exitCode()).isEqualTo(2);
        assertThat(questions.err()).startsWith("scaffold: templates/questions.json: team: unknown key 'patern'");

        Files.delete(catalog.resolve("templates/questions.json"));
        Files.writeString(catalog.resolve("templates/families.json"),
                "{\"python\": {\"image_pattern\": \"python:.*\", \"image_help\": \"a Python image\", \"reserverd\": []}}");
        CliRun families = CliRun.run("list", "--catalog", catalog.toString());
        assertThat(families.exitCode()).isEqualTo(2);
        assertThat(families.err()).startsWith("scaffold: templates/families.json: python: unknown key 'reserverd'");
    }
}
