package dev.scaffold.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaffold.error.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which catalogs apply: flags, then the answers file's record, then $SCAFFOLD_CATALOG, then the config file. */
class CatalogSpecTest {
    private static final Optional<CatalogSpec.Recorded> RECORDED =
            Optional.of(new CatalogSpec.Recorded(List.of("https://git.acme.example/catalog.git#abc1234"), "answers.json"));

    @TempDir
    Path tmp;

    private Supplier<UserConfig> config(String... catalogs) {
        return () -> new UserConfig(tmp.resolve("config.json"), List.of(catalogs));
    }

    private static Supplier<UserConfig> unread() {
        return () -> {
            throw new AssertionError("the config file must not be read when a higher source names catalogs");
        };
    }

    @Test
    void flagsWinOverEverySource() {
        assertThat(CatalogSpec.choose(List.of("/flag"), RECORDED, "/env", unread()))
                .isEqualTo(new CatalogSpec(List.of("/flag"), "--catalog"));
    }

    @Test
    void anAnswersFileRecordWinsOverTheEnvironmentAndConfig() {
        assertThat(CatalogSpec.choose(List.of(), RECORDED, "/env", unread()))
                .isEqualTo(new CatalogSpec(List.of("https://git.acme.example/catalog.git#abc1234"), "answers.json"));
    }

    @Test
    void aRecordOfNoCatalogsMeansTheBuiltInOneAlone() {
        Optional<CatalogSpec.Recorded> builtinOnly = Optional.of(new CatalogSpec.Recorded(List.of(), "answers.json"));

        assertThat(CatalogSpec.choose(List.of(), builtinOnly, "/env", unread()).specs()).isEmpty();
    }

    @Test
    void theEnvironmentWinsOverTheConfigFileAndIsCommaSeparated() {
        assertThat(CatalogSpec.choose(List.of(), Optional.empty(), " /a , /b ,", unread()))
                .isEqualTo(new CatalogSpec(List.of("/a", "/b"), "$SCAFFOLD_CATALOG"));
    }

    @Test
    void theConfigFileAppliesWhenNothingElseNamesCatalogs() {
        assertThat(CatalogSpec.choose(List.of(), Optional.empty(), "  ", config("/c")))
                .isEqualTo(new CatalogSpec(List.of("/c"), tmp.resolve("config.json").toString()));
        assertThat(CatalogSpec.choose(List.of(), Optional.empty(), null, config()).specs()).isEmpty();
    }

    @Test
    void theConfigFileLivesUnderXdgConfigHomeElseTheHomeFolder() {
        assertThat(UserConfig.location(Map.of("XDG_CONFIG_HOME", "/x")::get, "/home/u")).isEqualTo(Path.of("/x/scaffold/config.json"));
        assertThat(UserConfig.location(Map.<String, String>of()::get, "/home/u")).isEqualTo(Path.of("/home/u/.config/scaffold/config.json"));
    }

    @Test
    void configFolderPathsAreRelativeToTheConfigFileAndUrlsAreKept() throws IOException {
        Path file = tmp.resolve("scaffold/config.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"catalogs\": [\"team-catalog\", \"https://git.acme.example/c.git#v1\", \"git@git.acme.example:c.git\"]}");

        assertThat(UserConfig.read(file).catalogs()).containsExactly(tmp.resolve("scaffold/team-catalog").toString(),
                "https://git.acme.example/c.git#v1", "git@git.acme.example:c.git");
    }

    @Test
    void aMissingConfigFileIsNoConfigAndAMalformedOneNamesTheFileAndField() throws IOException {
        assertThat(UserConfig.read(tmp.resolve("absent.json")).catalogs()).isEmpty();

        Path file = tmp.resolve("config.json");
        Files.writeString(file, "{\"catalogs\": \"/one\"}");
        assertThatThrownBy(() -> UserConfig.read(file)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ": field 'catalogs' must be an array");
        Files.writeString(file, "{\"catalogs\": [");
        assertThatThrownBy(() -> UserConfig.read(file)).hasMessageStartingWith(file + ": not valid JSON");
    }
}
