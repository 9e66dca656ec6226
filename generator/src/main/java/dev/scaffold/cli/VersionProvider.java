package dev.scaffold.cli;

import dev.scaffold.ScaffoldVersion;
import picocli.CommandLine.IVersionProvider;

/** Supplies {@code --version} from the build. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"scaffold " + ScaffoldVersion.get()};
    }
}
