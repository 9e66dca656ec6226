package dev.scaffold.serve;

import dev.scaffold.error.GenerationException;
import dev.scaffold.project.GeneratedFile;
import dev.scaffold.project.ProjectTree;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.attributes.Attribute;
import org.eclipse.jgit.attributes.Attributes;
import org.eclipse.jgit.attributes.AttributesNode;
import org.eclipse.jgit.attributes.AttributesRule;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.CoreConfig;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeOptions;
import org.eclipse.jgit.util.io.EolStreamTypeUtil;

/**
 * What {@code git add} stores for a file of the tree: the generated {@code .gitattributes} files may ask for
 * line-ending conversion ({@code *.cmd text eol=crlf} stores LF), which the CLI's JGit commit applies. This
 * applies it with JGit's own conversion, so the archive's blobs are the CLI commit's blobs.
 */
final class CheckinFilter {
    private static final WorkingTreeOptions OPTIONS = new Config().get(WorkingTreeOptions.KEY);
    private final List<Map.Entry<String, AttributesNode>> nodes = new ArrayList<>();

    CheckinFilter(ProjectTree tree) {
        for (Map.Entry<String, GeneratedFile> e : tree.files().entrySet()) {
            String path = e.getKey();
            if (path.equals(".gitattributes") || path.endsWith("/.gitattributes")) {
                AttributesNode node = new AttributesNode();
                try {
                    node.parse(new ByteArrayInputStream(e.getValue().content()));
                } catch (IOException ex) {
                    throw new GenerationException("reading " + path + " failed: " + ex.getMessage(), ex);
                }
                nodes.add(Map.entry(path.substring(0, path.length() - ".gitattributes".length()), node));
            }
        }
        // Shallower files first: a deeper .gitattributes overrides, as git reads them.
        nodes.sort(Comparator.comparingInt(n -> n.getKey().length()));
    }

    byte[] blob(String path, byte[] content) {
        if (nodes.isEmpty()) {
            return content;
        }
        Attributes attributes = new Attributes();
        for (Map.Entry<String, AttributesNode> node : nodes) {
            if (!path.startsWith(node.getKey())) {
                continue;
            }
            String relative = path.substring(node.getKey().length());
            for (AttributesRule rule : node.getValue().getRules()) {
                if (rule.isMatch(relative, false)) {
                    for (Attribute attribute : rule.getAttributes()) {
                        attributes.put(attribute);
                    }
                }
            }
        }
        CoreConfig.EolStreamType type = EolStreamTypeUtil.detectStreamType(TreeWalk.OperationType.CHECKIN_OP, OPTIONS, attributes);
        if (type == CoreConfig.EolStreamType.DIRECT) {
            return content;
        }
        try (InputStream in = EolStreamTypeUtil.wrapInputStream(new ByteArrayInputStream(content), type)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new GenerationException("converting line endings of " + path + " failed: " + e.getMessage(), e);
        }
    }
}
