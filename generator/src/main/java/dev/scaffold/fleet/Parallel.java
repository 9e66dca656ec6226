package dev.scaffold.fleet;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** Runs one task per repository on at most {@code jobs} threads and returns the results in input order. */
final class Parallel {
    private Parallel() {
    }

    static <T> List<T> map(List<String> repos, int jobs, Function<String, T> task, Progress<? super T> progress) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs, Math.max(1, repos.size()))), r -> {
            Thread t = new Thread(r, "scaffold-fleet");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger completed = new AtomicInteger();
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (String repo : repos) {
                futures.add(pool.submit(() -> {
                    T result = task.apply(repo);
                    synchronized (progress) {
                        progress.done(completed.incrementAndGet(), repos.size(), result);
                    }
                    return result;
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
