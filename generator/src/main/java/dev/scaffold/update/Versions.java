package dev.scaffold.update;

import java.util.Comparator;

/** Orders archetype versions: dot-separated numbers compared as numbers ("0.10.0" after "0.9.1"), other parts as text. */
public final class Versions {
    public static final Comparator<String> ORDER = Versions::compare;

    private Versions() {
    }

    public static int compare(String a, String b) {
        String[] left = a.split("[.+-]");
        String[] right = b.split("[.+-]");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            String l = i < left.length ? left[i] : "0";
            String r = i < right.length ? right[i] : "0";
            int c = l.matches("\\d{1,18}") && r.matches("\\d{1,18}") ? Long.compare(Long.parseLong(l), Long.parseLong(r)) : l.compareTo(r);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
