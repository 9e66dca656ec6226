package dev.scaffold.catalog;

import dev.scaffold.error.InputException;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The one way scaffold reaches into a catalog folder. A catalog is someone else's code: a symbolic
 * link in it could make a template or a copied file out of any file the user can read (a private key,
 * a token) and commit it into the generated repository. So no link is ever followed: every link, and
 * anything that is neither a regular file nor a folder, is refused by name (exit 2), as is a file name
 * that is not valid UTF-8 (it could not be written back under the same name).
 */
public final class CatalogFiles {
    private CatalogFiles() {
    }

    /**
     * Every regular file under {@code root}, as '/'-separated relative paths in sorted order; {@code where}
     * names the folder in errors (for example {@code demo/files/}).
     */
    public static List<String> list(Path root, String where) {
        requireNoLink(root, where);
        List<String> files = new ArrayList<>();
        try {
            // walkFileTree without FOLLOW_LINKS reports a link as a file with isSymbolicLink(): never entered.
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    checkName(root, dir, where);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = checkName(root, file, where);
                    if (attrs.isSymbolicLink()) {
                        throw new InputException(where + name + ": is a symbolic link; a catalog must not contain links"
                                + " (scaffold never follows them out of the catalog)");
                    }
                    if (!attrs.isRegularFile()) {
                        throw new InputException(where + name + ": is not a regular file or folder");
                    }
                    files.add(name);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new InputException(where + ": cannot be read: " + dev.scaffold.error.Reasons.of(e));
        }
        files.sort(null);
        return files;
    }

    /**
     * Refuses {@code path} if it, or any folder between {@code root} and it, is a symbolic link, or if it
     * leaves {@code root}; {@code display} names it in errors.
     */
    public static Path inside(Path root, String relative, String display) {
        Path path = root.resolve(relative).normalize();
        if (!path.startsWith(root)) {
            throw new InputException(display + ": leaves the catalog");
        }
        Path current = root;
        for (Path part : root.relativize(path)) {
            current = current.resolve(part.toString());
            requireNoLink(current, display);
        }
        return path;
    }

    private static void requireNoLink(Path path, String display) {
        if (Files.isSymbolicLink(path)) {
            throw new InputException(display + ": " + path.getFileName() + " is a symbolic link; a catalog must not contain"
                    + " links (scaffold never follows them out of the catalog)");
        }
    }

    private static String checkName(Path root, Path file, String where) {
        String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        if (name.indexOf('\uFFFD') >= 0) {
            throw new InputException(where + name + ": file name is not valid UTF-8");
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new InputException(where + name + ": cannot be read");
        }
        return name;
    }
}
