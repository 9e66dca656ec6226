package dev.scaffold.check;

/** One rule violation at a place in the repository ({@code line} 0 when it concerns a whole file). */
public record Finding(String file, int line, String ruleId, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + ruleId + " " + message;
    }
}
