package dev.scaffold.project;

import java.util.Arrays;

/**
 * One file of a generated tree: its bytes, whether it is executable, and whether it was rendered
 * (a template or the generator's own output) rather than copied byte for byte from the archetype.
 * Only rendered files can hold unrendered template syntax; a copied file such as a Windows
 * {@code mvnw.cmd} may legitimately contain {@code <#} or {@code [=}.
 */
public record GeneratedFile(byte[] content, boolean executable, boolean rendered) {

    public GeneratedFile {
        content = content.clone();
    }

    /** A rendered file. */
    public GeneratedFile(byte[] content, boolean executable) {
        this(content, executable, true);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GeneratedFile that && executable == that.executable && rendered == that.rendered
                && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(content) + Boolean.hashCode(executable)) + Boolean.hashCode(rendered);
    }

    @Override
    public String toString() {
        return "GeneratedFile[" + content.length + " bytes" + (executable ? ", executable" : "") + (rendered ? "" : ", copied") + "]";
    }
}
