package dev.scaffold.project;

import java.util.Arrays;

/** One file of a generated tree: its bytes and whether it is executable. */
public record GeneratedFile(byte[] content, boolean executable) {

    public GeneratedFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GeneratedFile that && executable == that.executable && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(content) + Boolean.hashCode(executable);
    }

    @Override
    public String toString() {
        return "GeneratedFile[" + content.length + " bytes" + (executable ? ", executable" : "") + "]";
    }
}
