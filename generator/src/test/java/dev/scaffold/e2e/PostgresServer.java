package dev.scaffold.e2e;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real, throwaway PostgreSQL server for one scenario, from the machine's own binaries (Debian's
 * {@code postgresql} package: {@code /usr/lib/postgresql/<major>/bin}). Its data and socket live in
 * a fresh folder under the system temp dir; it listens on 127.0.0.1 at a free port, with a role and
 * database {@code scaffold} whose password is random. PostgreSQL refuses to run as root, so as root
 * every command runs as the {@code postgres} account (runuser), which then owns the folder.
 * {@link #close()} stops it at once and deletes the folder.
 */
final class PostgresServer implements AutoCloseable {
    private static final Path INSTALL = Path.of("/usr/lib/postgresql");
    private static final String ROLE = "scaffold";
    private static final String OS_USER = "postgres";

    private final Path bin;
    private final Path root;
    private final boolean asRoot;
    private final int port;
    private final String password;

    private PostgresServer(Path bin, Path root, boolean asRoot, int port, String password) {
        this.bin = bin;
        this.root = root;
        this.asRoot = asRoot;
        this.port = port;
        this.password = password;
    }

    /** Initialises, starts and provisions a server; skips (locally) or fails (CI) without the binaries. */
    static PostgresServer start() {
        Path bin = binaries().orElse(null);
        if (bin == null) {
            String reason = "end-to-end test SKIPPED: PostgreSQL server binaries not found under " + INSTALL
                    + " (bash .ci/run installs the postgresql package)";
            if (EndToEnd.CI) {
                fail("CI=true, so a skipped end-to-end test is a failure: " + reason);
            }
            Assumptions.abort(reason);
        }
        boolean asRoot = "root".equals(System.getProperty("user.name"));
        byte[] secret = new byte[12];
        new SecureRandom().nextBytes(secret);
        PostgresServer server;
        try {
            Path root = Files.createTempDirectory("scaffold-e2e-postgres-");
            server = new PostgresServer(bin, root, asRoot, EndToEnd.freePort(), HexFormat.of().formatHex(secret));
            if (asRoot) {
                server.chownToPostgres(root);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            server.initAndStart();
            return server;
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
    }

    /** Variables for the scenario's env: postgres_url (plain postgresql:// URL) and libpq's PG* set. */
    Map<String, String> env() {
        return Map.of(
                "postgres_url", "postgresql://" + ROLE + ":" + password + "@127.0.0.1:" + port + "/" + ROLE,
                "PGHOST", "127.0.0.1",
                "PGPORT", String.valueOf(port),
                "PGUSER", ROLE,
                "PGPASSWORD", password,
                "PGDATABASE", ROLE);
    }

    private void initAndStart() {
        Path data = root.resolve("data");
        Path pwfile = root.resolve("superuser-password");
        write(pwfile, password + "\n");
        run("postgres-initdb", bin.resolve("initdb").toString(), "--pgdata=" + data, "--username=postgres",
                "--pwfile=" + pwfile, "--auth-local=trust", "--auth-host=scram-sha-256", "--encoding=UTF8",
                "--locale=C", "--no-sync");
        // Test server: no fsync, sockets only in our folder, TCP only on the loopback.
        run("postgres-start", bin.resolve("pg_ctl").toString(), "start", "--pgdata=" + data, "--wait",
                "--timeout=60", "--log=" + root.resolve("server.log"), "-o",
                "-c listen_addresses=127.0.0.1 -c port=" + port + " -c unix_socket_directories=" + root
                        + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        run("postgres-provision", bin.resolve("psql").toString(), "--host=" + root, "--port=" + port,
                "--username=postgres", "--dbname=postgres", "--no-psqlrc", "--set=ON_ERROR_STOP=1",
                "--command=CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + password + "'",
                "--command=CREATE DATABASE " + ROLE + " OWNER " + ROLE);
    }

    @Override
    public void close() {
        try {
            if (Files.exists(root.resolve("data/postmaster.pid"))) {
                EndToEnd.run(root, "postgres-stop", 2, Map.of(), command(bin.resolve("pg_ctl").toString(), "stop",
                        "--pgdata=" + root.resolve("data"), "--mode=immediate", "--wait"));
            }
        } finally {
            deleteTree(root);
        }
    }

    private void run(String log, String... command) {
        EndToEnd.succeed(root, log, 3, Map.of(), command(command));
    }

    /** As root, the command runs as the postgres account; otherwise as the current user. */
    private String[] command(String... command) {
        if (!asRoot) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", OS_USER, "--"));
        wrapped.addAll(List.of(command));
        return wrapped.toArray(String[]::new);
    }

    private void chownToPostgres(Path dir) throws IOException {
        UserPrincipalLookupService lookup = dir.getFileSystem().getUserPrincipalLookupService();
        PosixFileAttributeView view = Files.getFileAttributeView(dir, PosixFileAttributeView.class);
        view.setOwner(lookup.lookupPrincipalByName(OS_USER));
        GroupPrincipal group = lookup.lookupPrincipalByGroupName(OS_USER);
        view.setGroup(group);
    }

    private void write(Path file, String text) {
        try {
            Files.writeString(file, text);
            if (asRoot) {
                chownToPostgres(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The newest installed major's bin folder that has initdb, pg_ctl and psql. */
    private static Optional<Path> binaries() {
        if (!Files.isDirectory(INSTALL)) {
            return Optional.empty();
        }
        try (Stream<Path> majors = Files.list(INSTALL)) {
            return majors.map(major -> major.resolve("bin"))
                    .filter(b -> Stream.of("initdb", "pg_ctl", "psql").allMatch(t -> Files.isExecutable(b.resolve(t))))
                    .max(Comparator.comparing(b -> majorOf(b.getParent())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int majorOf(Path dir) {
        String name = dir.getFileName().toString();
        return name.matches("\\d+") ? Integer.parseInt(name) : 0;
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
