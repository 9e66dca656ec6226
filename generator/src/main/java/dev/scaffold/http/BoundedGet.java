package dev.scaffold.http;

import dev.scaffold.error.InputException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * HTTP GETs bounded as a whole: every request of one fetch shares one deadline that covers the body too
 * (a server that drips one byte every few seconds is cut off), a body larger than its byte limit is
 * refused as it arrives (a 1 GB catalog.json is never held in memory), and redirects are followed by
 * hand so that every hop is checked by the same rule as the first URL: https, or plain http to a
 * loopback host only, and never from https down to http.
 */
final class BoundedGet {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
    private static final int MAX_REDIRECTS = 5;

    /**
     * Built on first use only: an HttpClient sets up TLS (providers, the trust store) when it is built,
     * which costs a cold run of {@code scaffold new} about 0.4 s although most runs fetch nothing.
     */
    private static final class Client {
        static final HttpClient INSTANCE = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER) // followed by hand, each hop checked
                .build();
    }

    private final Instant deadline;
    private final Duration budget;

    BoundedGet(Duration budget) {
        this.budget = budget;
        this.deadline = Instant.now().plus(budget);
    }

    /** Whether {@code uri} may be fetched at all: https anywhere, plain http only on this machine. */
    static String refusal(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return "a catalog URL must be https://host/…/catalog.json";
        }
        if (scheme.equals("http") && !LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
            return "plain http is accepted only for localhost; serve the catalog over https";
        }
        return null;
    }

    /** The body of {@code uri} (after redirects), at most {@code maxBytes}; {@code where} names it in errors. */
    byte[] get(URI uri, long maxBytes, String where) {
        URI current = uri;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpResponse<byte[]> response = send(current, maxBytes, where);
            int status = response.statusCode();
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                current = redirect(current, response, where);
                continue;
            }
            if (status != 200) {
                throw new InputException(where + ": HTTP " + status);
            }
            return response.body();
        }
        throw new InputException(where + ": more than " + MAX_REDIRECTS + " redirects");
    }

    private static URI redirect(URI from, HttpResponse<?> response, String where) {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new InputException(where + ": HTTP " + response.statusCode() + " without a Location"));
        URI to;
        try {
            to = from.resolve(location);
        } catch (IllegalArgumentException e) {
            throw new InputException(where + ": redirected to an invalid URL");
        }
        String refusal = refusal(to);
        if (refusal == null && "https".equalsIgnoreCase(from.getScheme()) && !"https".equalsIgnoreCase(to.getScheme())) {
            refusal = "a redirect from https to plain http is refused";
        }
        if (refusal != null) {
            throw new InputException(where + ": redirected to " + to + ": " + refusal);
        }
        return to;
    }

    private HttpResponse<byte[]> send(URI uri, long maxBytes, String where) {
        Duration left = Duration.between(Instant.now(), deadline);
        if (left.isNegative() || left.isZero()) {
            throw timedOut(where);
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(left).GET().build();
        CompletableFuture<HttpResponse<byte[]>> future = Client.INSTANCE.sendAsync(request, info -> limited(info, maxBytes, where));
        try {
            return future.get(left.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw timedOut(where);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new InputException(where + ": interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InputException input) {
                throw input;
            }
            if (cause instanceof java.net.http.HttpTimeoutException) {
                throw timedOut(where);
            }
            String reason = cause == null || cause.getMessage() == null
                    ? (cause == null ? "unknown error" : cause.getClass().getSimpleName()) : cause.getMessage();
            throw new InputException(where + ": cannot be fetched: " + reason);
        }
    }

    private InputException timedOut(String where) {
        return new InputException(where + ": the catalog was not fetched within " + budget.toSeconds()
                + " s (a server that does not answer, or sends very slowly)");
    }

    private static HttpResponse.BodySubscriber<byte[]> limited(HttpResponse.ResponseInfo info, long maxBytes, String where) {
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        return new Limited(maxBytes, where, declared);
    }

    /** Collects a body and cancels the download as soon as it passes {@code maxBytes}. */
    private static final class Limited implements HttpResponse.BodySubscriber<byte[]> {
        private final HttpResponse.BodySubscriber<byte[]> bytes = HttpResponse.BodySubscribers.ofByteArray();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final long maxBytes;
        private final String where;
        private final long declared;
        private Flow.Subscription subscription;
        private long received;

        Limited(long maxBytes, String where, long declared) {
            this.maxBytes = maxBytes;
            this.where = where;
            this.declared = declared;
            bytes.getBody().whenComplete((body, failure) -> {
                if (failure != null) {
                    result.completeExceptionally(failure);
                } else {
                    result.complete(body);
                }
            });
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (declared > maxBytes) {
                s.cancel();
                tooLarge(declared);
                return;
            }
            bytes.onSubscribe(s);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                received += buffer.remaining();
            }
            if (received > maxBytes) {
                subscription.cancel();
                tooLarge(received);
                return;
            }
            bytes.onNext(buffers);
        }

        private void tooLarge(long size) {
            result.completeExceptionally(new InputException(where + ": larger than the limit of " + maxBytes
                    + " bytes (" + (size == declared ? "Content-Length " + size : "more than " + maxBytes + " received") + ")"));
        }

        @Override
        public void onError(Throwable failure) {
            bytes.onError(failure);
        }

        @Override
        public void onComplete() {
            if (!result.isDone()) {
                bytes.onComplete();
            }
        }
    }
}
