package dev.scaffold.fleet;

import dev.scaffold.error.InputException;
import java.util.ArrayList;
import java.util.List;

/**
 * One of N slices of a fleet ({@code --shard I/N}, I from 1 to N), so that N CI jobs cover it together.
 * The repositories are sorted by their normalized URL and shard I takes every N-th one starting at the
 * I-th: the split depends only on the list's content (not its order), and shard sizes differ by at most one.
 * Adding a repository may move others to another shard; reports are merged by URL, so that does no harm.
 */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(1, 1);

    public static Shard parse(String text) {
        if (text == null) {
            return ALL;
        }
        if (!text.matches("\\d{1,6}/\\d{1,6}")) {
            throw new InputException("--shard: must read I/N with 1 <= I <= N, e.g. 2/8 (got '" + text + "')");
        }
        String[] parts = text.split("/");
        int index = Integer.parseInt(parts[0]);
        int count = Integer.parseInt(parts[1]);
        if (count < 1 || index < 1 || index > count) {
            throw new InputException("--shard: must read I/N with 1 <= I <= N, e.g. 2/8 (got '" + text + "')");
        }
        return new Shard(index, count);
    }

    /** This shard's repositories, sorted by URL. */
    public List<String> select(List<String> repos) {
        List<String> sorted = repos.stream().distinct().sorted().toList();
        List<String> mine = new ArrayList<>();
        for (int i = index - 1; i < sorted.size(); i += count) {
            mine.add(sorted.get(i));
        }
        return mine;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
