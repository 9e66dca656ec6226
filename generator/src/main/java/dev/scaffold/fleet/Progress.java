package dev.scaffold.fleet;

/** Told after each repository (one call at a time, from the worker that finished it): how many are done, of how many. */
@FunctionalInterface
public interface Progress<T> {
    void done(int completed, int total, T result);

    static <T> Progress<T> none() {
        return (completed, total, result) -> { };
    }
}
