package dev.scaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.TestCatalogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An org catalog's labels, required labels and CI settings: rendered into every generated repo,
 * refused when inconsistent, and enforced again by {@code scaffold check}.
 */
class OrgPolicyTest {
    private static final String POLICY = TestCatalogs.root("acme-policy").toString();

    @TempDir
    Path tmp;

    private Path generate(String archetype, String... catalogs) {
        Path repo = tmp.resolve("out/svc");
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("new", repo.toString(), "--defaults", "--no-git", "-a", archetype));
        for (String catalog : catalogs) {
            args.add("--catalog");
            args.add(catalog);
        }
        CliRun run = CliRun.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return repo;
    }

    @Test
    void theOrgsLabelsRunnerAndScaffoldAliasFlowIntoTheGeneratedRepo() {
        Path repo = generate("go-http", POLICY);

        assertThat(repo.resolve("Dockerfile")).content().contains(
                "      org.opencontainers.image.source=\"${SOURCE_URL}\" \\\n"
                        + "      com.acme.cost-center=\"cc-42\" \\\n"
                        + "      com.acme.team=\"payments\"\n");
        assertThat(repo.resolve(".github/workflows/ci.yml")).content()
                .doesNotContain("ubuntu-latest")
                .contains("    runs-on: acme-linux-x64\n", "run: jbang scaffold@acme check .\n");
        assertThat(repo.resolve(".github/actionlint.yaml")).content().contains("  labels:\n    - acme-linux-x64\n");
    }

    @Test
    void withoutAnOrgTheWorkflowKeepsTheHostedRunnerAndTheGeneratorsOwnCoordinates() {
        Path repo = generate("go-http");

        assertThat(repo.resolve(".github/workflows/ci.yml")).content()
                .contains("    runs-on: ubuntu-latest\n", "run: jbang dev.scaffold:scaffold:" + dev.scaffold.ScaffoldVersion.get() + " check .\n");
        assertThat(repo.resolve(".github/actionlint.yaml")).doesNotExist();
    }

    @Test
    void labelValuesAreEscapedForTheDockerfile() throws IOException {
        Path catalog = TestCatalogs.copy(TestCatalogs.root("acme-policy"), tmp.resolve("catalog"));
        Files.writeString(catalog.resolve("catalog.json"), Files.readString(catalog.resolve("catalog.json"))
                .replace("\"payments\"", "\"pay \\\"ments\\\" ${HOME} \\\\\""));

        Path repo = generate("python-fastapi-uv", catalog.toString());

        assertThat(repo.resolve("Dockerfile")).content().contains("com.acme.team=\"pay \\\"ments\\\" \\${HOME} \\\\\"\n");
    }

    @Test
    void aRequiredLabelThatNothingSetsIsRefusedAndNothingIsWritten() throws IOException {
        Path catalog = TestCatalogs.copy(TestCatalogs.root("acme-policy"), tmp.resolve("catalog"));
        Files.writeString(catalog.resolve("catalog.json"), Files.readString(catalog.resolve("catalog.json"))
                .replace("\"com.acme.team\"]", "\"com.acme.team\", \"com.acme.owner\"]"));

        CliRun run = CliRun.run("new", tmp.resolve("out/svc").toString(), "--defaults", "-a", "java-spring-boot", "--catalog", catalog.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("scaffold: catalog.json: org.policy.required_labels: the acme policy requires com.acme.owner"
                + " but neither the archetype's Dockerfile nor org.labels sets it; add a value to org.labels\n");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"labels\": { \"com.acme.team\": \"payments\" | \"labels\": { \"Com Acme\": \"x\" | catalog.json: org.labels: 'Com Acme' is not a label key",
        "\"labels\": { \"com.acme.team\": \"payments\" | \"labels\": { \"org.opencontainers.image.source\": \"x\" | catalog.json: org.labels.org.opencontainers.image.source: scaffold sets this label itself",
        "\"required_labels\": [ | \"required_labels\": [\"bad key\", | catalog.json: org.policy.required_labels: 'bad key' is not a label key",
        "\"runs_on\": \"acme-linux-x64\" | \"runs_on\": \"acme linux\" | catalog.json: org.ci.runs_on: 'acme linux' is not a runner label",
        "\"runs_on\": \"acme-linux-x64\" | \"runs_on\": [] | catalog.json: org.ci.runs_on: give at least one runner label",
        "\"scaffold_ref\": \"scaffold@acme\" | \"scaffold_ref\": \"scaffold@acme; rm -rf /\" | catalog.json: org.ci.scaffold_ref: 'scaffold@acme; rm -rf /' is not a JBang alias",
    })
    void malformedOrgSettingsNameTheFieldAndTheRule(String from, String to, String message) throws IOException {
        Path catalog = TestCatalogs.copy(TestCatalogs.root("acme-policy"), tmp.resolve("catalog"));
        String text = Files.readString(catalog.resolve("catalog.json"));
        assertThat(text).contains(from);
        Files.writeString(catalog.resolve("catalog.json"), text.replace(from, to));

        CliRun run = CliRun.run("new", tmp.resolve("out/svc").toString(), "--defaults", "--catalog", catalog.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("scaffold: " + message).hasLineCount(1);
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void checkEnforcesThePolicyOfTheCatalogTheAnswersFileRecords() throws IOException {
        Path repo = generate("python-fastapi-pip", POLICY);
        assertThat(CliRun.run("check", repo.toString()).exitCode()).isZero();

        Path dockerfile = repo.resolve("Dockerfile");
        Files.writeString(dockerfile, Files.readString(dockerfile).replace(" \\\n      com.acme.team=\"payments\"", ""));
        CliRun run = CliRun.run("check", repo.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("org policy: acme\n")
                .containsPattern("Dockerfile:\\d+: SC012 the runtime stage does not set the label com.acme.team, which the acme policy requires");
    }

    @Test
    void checkTakesThePolicyFromCatalogFlagsOverTheAnswersFile() throws IOException {
        Path repo = generate("python-fastapi-uv", POLICY);
        Path dockerfile = repo.resolve("Dockerfile");
        Files.writeString(dockerfile, Files.readString(dockerfile).replace(" \\\n      com.acme.team=\"payments\"", ""));
        String base = TestCatalogs.root("org").toString();

        CliRun run = CliRun.run("check", repo.toString(), "--catalog", base);

        // The org fixture requires no labels; its allowed bases (python:3.12…) include uv's default.
        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).startsWith("org policy: acme\n").doesNotContain("SC012");
        assertThat(CliRun.run("check", repo.toString()).exitCode()).as("without the flag, the recorded policy applies").isEqualTo(1);
    }

    @Test
    void checkRefusesABaseImageOutsideTheRecordedPolicy() throws IOException {
        Path repo = generate("python-fastapi-uv", TestCatalogs.root("org").toString());
        Path dockerfile = repo.resolve("Dockerfile");
        String text = Files.readString(dockerfile);
        assertThat(CliRun.run("check", repo.toString()).exitCode()).isZero();

        Files.writeString(dockerfile, text.replaceFirst("(?m)^FROM python:3\\.12\\S*$", "FROM python:3.11-slim-bookworm"));
        CliRun run = CliRun.run("check", repo.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("SC011 the runtime base image python:3.11-slim-bookworm is outside the acme policy;"
                + " allowed prefixes: python:3.12, registry.acme.example/");
    }
}
