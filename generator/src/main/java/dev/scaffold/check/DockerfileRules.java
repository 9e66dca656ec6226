package dev.scaffold.check;

import static dev.scaffold.check.DockerfileRule.at;

import dev.scaffold.check.Dockerfile.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The org's Dockerfile rules (after hadolint DL3002/3006/3007/3008/3009/3025 and seed 004). */
final class DockerfileRules {
    private static final Pattern DEPENDENCY_INSTALL = Pattern.compile(
            "uv sync|uv pip install|pip install|poetry install|npm ci|npm install|yarn install|pnpm install"
                    + "|go mod download|dependency:(go-offline|resolve)|bundle install|cargo fetch");
    private static final Pattern SOURCE_COPY = Pattern.compile("(^|\\s)(\\.|\\./|src/?|app/?|cmd/?)(\\s|$)");
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(secret|password|passwd|token|api_?key|private_?key|access_?key|credentials).*");

    private DockerfileRules() {
    }

    static List<Rule> all() {
        return List.of(
                new DockerfileRule("SC001", "multi-stage build: a build stage and a separate runtime stage",
                        DockerfileRules::multiStage),
                new DockerfileRule("SC002", "the last USER of the runtime stage is not root (by name or UID 0)",
                        DockerfileRules::nonRootUser),
                new DockerfileRule("SC003", "the runtime stage has a HEALTHCHECK", DockerfileRules::healthcheck),
                new DockerfileRule("SC004", "CMD and ENTRYPOINT use the JSON (exec) form", DockerfileRules::execForm),
                new DockerfileRule("SC005", "every base image has an explicit tag (or digest) other than latest",
                        DockerfileRules::pinnedBases),
                new DockerfileRule("SC006", "apt-get install uses --no-install-recommends and removes /var/lib/apt/lists",
                        DockerfileRules::aptHygiene),
                new DockerfileRule("SC007", "dependency manifests are installed before the source is copied",
                        DockerfileRules::dependenciesFirst),
                new DockerfileRule("SC008", "no secret-looking ENV or ARG has a value baked into the image",
                        DockerfileRules::noSecrets));
    }

    private static List<DockerfileRule.Hit> multiStage(Dockerfile d) {
        return d.stageCount() >= 2 ? List.of()
                : List.of(at(d.all("FROM").stream().mapToInt(Instruction::line).findFirst().orElse(0),
                        "single-stage build: build tools ship in the image; split it into a builder and a runtime stage"));
    }

    private static List<DockerfileRule.Hit> nonRootUser(Dockerfile d) {
        List<Instruction> users = d.inFinalStage("USER");
        if (users.isEmpty()) {
            return List.of(at(lastLine(d), "the runtime stage has no USER, so the container runs as root"));
        }
        Instruction last = users.get(users.size() - 1);
        String user = d.expand(last.arguments()).split(":")[0].strip();
        return user.equals("root") || user.equals("0")
                ? List.of(at(last.line(), "the last USER is " + user + ": the container runs as root"))
                : List.of();
    }

    private static List<DockerfileRule.Hit> healthcheck(Dockerfile d) {
        List<Instruction> checks = d.inFinalStage("HEALTHCHECK");
        if (checks.isEmpty()) {
            return List.of(at(lastLine(d), "no HEALTHCHECK in the runtime stage"));
        }
        Instruction last = checks.get(checks.size() - 1);
        return last.arguments().strip().equalsIgnoreCase("NONE")
                ? List.of(at(last.line(), "HEALTHCHECK NONE disables the health check")) : List.of();
    }

    private static List<DockerfileRule.Hit> execForm(Dockerfile d) {
        List<DockerfileRule.Hit> hits = new ArrayList<>();
        for (String keyword : List.of("CMD", "ENTRYPOINT")) {
            for (Instruction i : d.all(keyword)) {
                if (!i.arguments().startsWith("[")) {
                    hits.add(at(i.line(), keyword + " in shell form: signals do not reach the process; use the JSON form"));
                }
            }
        }
        return hits;
    }

    private static List<DockerfileRule.Hit> pinnedBases(Dockerfile d) {
        List<String> stages = d.stageNames();
        List<DockerfileRule.Hit> hits = new ArrayList<>();
        for (Instruction from : d.all("FROM")) {
            String image = d.expand(imageOf(from.arguments()));
            if (image.equals("scratch") || stages.contains(image.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String tag = tagOf(image);
            if (tag == null && !image.contains("@sha256:")) {
                hits.add(at(from.line(), "base image " + image + " has no tag: it means latest and moves under you"));
            } else if ("latest".equals(tag)) {
                hits.add(at(from.line(), "base image " + image + " uses the latest tag: pin a version"));
            }
        }
        return hits;
    }

    private static List<DockerfileRule.Hit> aptHygiene(Dockerfile d) {
        List<DockerfileRule.Hit> hits = new ArrayList<>();
        for (Instruction run : d.all("RUN")) {
            if (!run.arguments().matches("(?s).*apt(-get)? install.*")) {
                continue;
            }
            if (!run.arguments().contains("--no-install-recommends")) {
                hits.add(at(run.line(), "apt-get install without --no-install-recommends"));
            }
            if (!run.arguments().contains("/var/lib/apt/lists")) {
                hits.add(at(run.line(), "apt-get install without rm -rf /var/lib/apt/lists/* in the same RUN"));
            }
        }
        return hits;
    }

    private static List<DockerfileRule.Hit> dependenciesFirst(Dockerfile d) {
        List<DockerfileRule.Hit> hits = new ArrayList<>();
        for (int stage = 0; stage < d.stageCount(); stage++) {
            int s = stage;
            List<Instruction> inStage = d.instructions().stream().filter(i -> i.stage() == s).toList();
            int install = firstIndex(inStage, i -> i.keyword().equals("RUN") && DEPENDENCY_INSTALL.matcher(i.arguments()).find());
            for (int i = 0; i < install; i++) {
                Instruction copy = inStage.get(i);
                if ((copy.keyword().equals("COPY") || copy.keyword().equals("ADD")) && !copy.arguments().contains("--from=")
                        && SOURCE_COPY.matcher(sources(copy.arguments())).find()) {
                    hits.add(at(copy.line(), "the source is copied before the dependencies are installed (line "
                            + inStage.get(install).line() + "): every source change reinstalls them"));
                }
            }
        }
        return hits;
    }

    private static List<DockerfileRule.Hit> noSecrets(Dockerfile d) {
        List<DockerfileRule.Hit> hits = new ArrayList<>();
        for (Instruction i : d.instructions()) {
            if (!i.keyword().equals("ENV") && !i.keyword().equals("ARG")) {
                continue;
            }
            for (KeyValues.Pair pair : KeyValues.parse(i.arguments()).pairs()) {
                String value = pair.value().strip();
                if (SECRET_NAME.matcher(pair.key()).matches() && !value.isEmpty() && !value.startsWith("$")) {
                    hits.add(at(i.line(), i.keyword() + " " + pair.key() + " bakes a secret-looking value into the image;"
                            + " pass it at run time (env file, secret mount)"));
                }
            }
        }
        return hits;
    }

    /** The image of {@code FROM [--platform=x] image [AS name]}. */
    private static String imageOf(String arguments) {
        for (String token : arguments.split("\\s+")) {
            if (!token.startsWith("--")) {
                return token;
            }
        }
        return "";
    }

    /** The tag of an image reference, or null; a registry port (host:5000/x) is not a tag. */
    static String tagOf(String image) {
        String withoutDigest = image.split("@", 2)[0];
        int slash = withoutDigest.lastIndexOf('/');
        int colon = withoutDigest.lastIndexOf(':');
        return colon > slash ? withoutDigest.substring(colon + 1) : null;
    }

    /** The sources of a COPY/ADD: every argument but flags and the destination. */
    private static String sources(String arguments) {
        List<String> tokens = new ArrayList<>();
        for (String token : arguments.split("\\s+")) {
            if (!token.startsWith("--")) {
                tokens.add(token);
            }
        }
        return tokens.size() < 2 ? "" : " " + String.join(" ", tokens.subList(0, tokens.size() - 1)) + " ";
    }

    private static int firstIndex(List<Instruction> instructions, java.util.function.Predicate<Instruction> test) {
        for (int i = 0; i < instructions.size(); i++) {
            if (test.test(instructions.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastLine(Dockerfile d) {
        return d.instructions().isEmpty() ? 0 : d.instructions().get(d.instructions().size() - 1).line();
    }
}
