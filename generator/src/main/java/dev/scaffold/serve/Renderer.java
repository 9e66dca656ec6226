package dev.scaffold.serve;

import dev.scaffold.answers.Prompter;
import dev.scaffold.app.GenerateRequest;
import dev.scaffold.app.Generated;
import dev.scaffold.app.ScaffoldService;
import dev.scaffold.catalog.Catalog;
import dev.scaffold.error.GenerationException;
import dev.scaffold.error.InputException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the service's pipeline for a request, at most {@code renders} at a time and each within the render
 * timeout. A render that overruns gets its request a 503 and its thread an interrupt; its slot is freed only
 * when it really ends, so a template that loops forever holds one slot, never more than {@code renders}
 * threads, and the server keeps answering everything else.
 */
final class Renderer implements AutoCloseable {
    private final ServeLimits limits;
    private final Semaphore slots;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "scaffold-render");
        t.setDaemon(true);
        return t;
    });

    Renderer(ServeLimits limits) {
        this.limits = limits;
        this.slots = new Semaphore(limits.renders(), true);
    }

    Generated generate(Catalog catalog, RequestInput input) {
        String id = input.archetype() != null ? input.archetype() : catalog.defaultArchetype();
        if (catalog.archetypes().stream().noneMatch(a -> a.id().equals(id))) {
            throw new HttpError(404, RequestInput.ARCHETYPE, "archetype: unknown archetype '" + id + "'; choose one of: "
                    + String.join(", ", catalog.archetypes().stream().map(a -> a.id()).toList()));
        }
        GenerateRequest request = new GenerateRequest(id, input.answers(), null, null, input.allowPrivilegedPort(),
                questionId -> questionId);
        ScaffoldService service = new ScaffoldService(dev.scaffold.app.CatalogSource.fixed(catalog));
        try {
            if (!slots.tryAcquire(limits.queueWait().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new HttpError(503, null, "the server is busy rendering; try again shortly");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpError(503, null, "interrupted while waiting to render");
        }
        Future<Generated> render;
        try {
            render = pool.submit(() -> {
                try {
                    return service.generate(request, Prompter.NONE);
                } finally {
                    slots.release();
                }
            });
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
        try {
            return render.get(limits.renderTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            render.cancel(true);
            long ms = limits.renderTimeout().toMillis();
            throw new HttpError(503, null, "rendering took longer than its budget of " + (ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms"));
        } catch (InterruptedException e) {
            render.cancel(true);
            Thread.currentThread().interrupt();
            throw new HttpError(503, null, "interrupted while rendering");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InputException || e.getCause() instanceof GenerationException) {
                throw (RuntimeException) e.getCause();
            }
            throw new GenerationException("rendering failed: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
