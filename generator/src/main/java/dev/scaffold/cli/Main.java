package dev.scaffold.cli;

/** Entry point: {@code scaffold new|list|show}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        ArchiveFolder.prepare();
        System.exit(ScaffoldCommand.commandLine(args).execute(args));
    }
}
