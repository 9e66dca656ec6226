package dev.scaffold.render;

import dev.scaffold.error.GenerationException;
import dev.scaffold.error.InputException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a rendering on its own thread within a time budget. The budget is the CPU time of that thread
 * (an endless loop burns CPU; a render starved by a busy machine, such as 16 runs on 2 cores, does not
 * and must not fail), with a wall-clock ceiling of {@link #WALL_FACTOR} times the budget in case CPU time
 * cannot be measured. On time-out the thread is interrupted;
 * templates carry Freemarker's interruption checks in every loop and macro, so it stops. Code that
 * ignores interruption (a built-in working on one enormous string) cannot be stopped in Java 17: the
 * thread is a daemon that dies with the CLI's JVM, but in a long-running server it would keep a core
 * busy until it finishes. A StackOverflowError (deep recursion) or OutOfMemoryError becomes one line
 * naming the archetype and the file being rendered.
 */
final class RenderWorker {
    /** Deep template recursion should fail with one line, not take the JVM's default stack with it. */
    private static final long STACK_BYTES = 64L * 1024 * 1024;
    /** How many times the budget a render may take by the wall clock, starved of CPU. */
    static final int WALL_FACTOR = 10;
    private static final long POLL_MILLIS = 50;

    private RenderWorker() {
    }

    /** The file being rendered, set by the task, for messages. */
    static final class Progress {
        volatile String file = "";
    }

    static <T> T run(String archetype, Duration budget, Progress progress, Supplier<T> task) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                result.set(task.get());
            } catch (Throwable t) { // Errors included: they must reach the caller as one line.
                failure.set(t);
            }
        }, "scaffold-render", STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        try {
            waitWithin(worker, budget);
            if (worker.isAlive()) {
                worker.interrupt();
                worker.join(1000);
                throw new GenerationException(where(archetype, progress) + "rendering took longer than the budget of "
                        + budget.toSeconds() + " s of CPU time (catalog.json limits.render_seconds); nothing written");
            }
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw new GenerationException(where(archetype, progress) + "rendering interrupted");
        }
        Throwable t = failure.get();
        if (t == null) {
            return result.get();
        }
        if (t instanceof GenerationException || t instanceof InputException) {
            throw (RuntimeException) t;
        }
        if (t instanceof StackOverflowError) {
            throw new GenerationException(where(archetype, progress) + "recursion too deep (stack overflow)");
        }
        if (t instanceof OutOfMemoryError) {
            throw new GenerationException(where(archetype, progress) + "out of memory while rendering");
        }
        if (t instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw new GenerationException(where(archetype, progress) + t, t);
    }

    /** Returns when the worker has ended or used up its budget of CPU time (or ten times it by the clock). */
    private static void waitWithin(Thread worker, Duration budget) throws InterruptedException {
        long start = System.nanoTime();
        // A thread cannot have used more CPU time than has passed by the clock: the CPU clock (and the
        // management classes that read it, a start-up cost on every run) is needed only past the budget.
        worker.join(Math.max(1, budget.toMillis()));
        if (!worker.isAlive()) {
            return;
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled();
        long wallDeadline = start + budget.toNanos() * (cpu ? WALL_FACTOR : 1);
        while (worker.isAlive()) {
            long left = wallDeadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            worker.join(Math.max(1, Math.min(POLL_MILLIS, left / 1_000_000)));
            if (cpu && threads.getThreadCpuTime(worker.getId()) > budget.toNanos()) {
                return;
            }
        }
    }

    private static String where(String archetype, Progress progress) {
        return archetype + "/files/" + progress.file + ": ";
    }
}
