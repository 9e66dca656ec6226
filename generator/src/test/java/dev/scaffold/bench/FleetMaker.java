package dev.scaffold.bench;

import dev.scaffold.fleet.TestFleet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a fleet of N bare repositories for bench/fleet.sh, generated from a test org catalog (org-go, a copy
 * of go-http): even-numbered at v1 (behind), odd-numbered at v2 (up to date), every tenth with a team commit.
 * Writes DIR/repos.txt (all) and DIR/repos-50.txt (the first 50). Not a test.
 * Usage: FleetMaker DIR N
 */
public final class FleetMaker {
    private FleetMaker() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        TestFleet fleet = TestFleet.create(dir);
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = String.format("svc-%03d", i);
            urls.add(fleet.generate(name, i % 2 == 0 ? "v1" : "v2"));
            if (i % 10 == 0) {
                fleet.userCommit(name, "team notes", work -> Files.writeString(work.resolve("NOTES.md"), "notes\n"));
            }
        }
        Files.write(dir.resolve("repos.txt"), urls);
        Files.write(dir.resolve("repos-50.txt"), urls.subList(0, Math.min(50, urls.size())));
        System.out.println("made " + count + " repositories in " + dir);
    }
}
