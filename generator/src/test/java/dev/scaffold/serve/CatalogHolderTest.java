package dev.scaffold.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.TestCatalogs;
import dev.scaffold.catalog.BuiltinCatalog;
import dev.scaffold.catalog.Catalog;
import dev.scaffold.error.InputException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class CatalogHolderTest {
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    @Test
    void aReloadSwapsInTheNewCatalogsAndAFailedOneKeepsThePrevious() {
        Catalog first = BuiltinCatalog.load();
        Catalog second = TestCatalogs.load("mini");
        Deque<Supplier<Catalog>> loads = new ArrayDeque<>();
        loads.add(() -> first);
        loads.add(() -> second);
        loads.add(() -> {
            throw new InputException("--catalog: https://git.acme.example/catalog.git: not reachable");
        });
        CatalogHolder holder = new CatalogHolder(() -> loads.poll().get(), new PrintStream(log, true, StandardCharsets.UTF_8));
        assertThat(holder.get()).isNull();
        assertThat(holder.load()).isSameAs(first);

        holder.reload();
        assertThat(holder.get()).isSameAs(second);
        holder.reload();
        assertThat(holder.get()).isSameAs(second);
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("serve: catalogs reloaded: 1 archetypes")
                .contains("serve: catalog reload failed, still serving the previous catalogs: --catalog: https://git.acme.example/catalog.git: not reachable");
    }

    @Test
    void theArchiveFormatComesFromTheParameterElseTheAcceptHeader() {
        assertThat(ArchiveFormat.choose(null, null)).isEqualTo(ArchiveFormat.ZIP);
        assertThat(ArchiveFormat.choose(null, "application/gzip")).isEqualTo(ArchiveFormat.TGZ);
        assertThat(ArchiveFormat.choose(null, "application/zip, application/gzip;q=0.5")).isEqualTo(ArchiveFormat.ZIP);
        assertThat(ArchiveFormat.choose("tgz", "application/zip")).isEqualTo(ArchiveFormat.TGZ);
        assertThat(ArchiveFormat.choose("tar.gz", null)).isEqualTo(ArchiveFormat.TGZ);
        assertThat(ArchiveFormat.choose("rar", null)).isNull();
    }

    @Test
    void theFieldOfAnInputErrorIsTheQuestionItsMessageNames() {
        assertThat(ScaffoldServer.fieldOf("--port: 80 is below 1024")).isEqualTo("port");
        assertThat(ScaffoldServer.fieldOf("--base-image: 'x:1' is not allowed")).isEqualTo("base_image");
        assertThat(ScaffoldServer.fieldOf("workers: must be an integer")).isEqualTo("workers");
        assertThat(ScaffoldServer.fieldOf("-d/--set: unknown question 'x'")).isNull();
        assertThat(ScaffoldServer.fieldOf("catalog.json: org.policy.required_labels: the acme policy requires")).isNull();
    }
}
