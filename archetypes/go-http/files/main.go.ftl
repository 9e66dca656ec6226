// Command [=name] is an HTTP service built on the standard library's net/http.
//
// It answers GET [=health_path] for the container's HEALTHCHECK, Compose and CI. Run with
// -healthcheck, it probes that endpoint itself and exits 0 or 1: the runtime image has no shell
// or curl to do it.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// healthPath is the liveness endpoint probed by the HEALTHCHECK, Compose and CI.
const healthPath = "[=health_path]"

// defaultPort is used when the PORT environment variable is unset.
const defaultPort = "[=port?c]"

func main() {
	healthcheck := flag.Bool("healthcheck", false,
		"GET http://127.0.0.1:$PORT"+healthPath+" and exit 0 if it answers 2xx, 1 otherwise")
	flag.Parse()

	port := portFromEnv()
	if *healthcheck {
		if err := probe(context.Background(), "http://127.0.0.1:"+port+healthPath); err != nil {
			fmt.Fprintln(os.Stderr, "healthcheck:", err)
			os.Exit(1)
		}
		return
	}

	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	if err := serve(logger, ":"+port); err != nil {
		logger.Error("server stopped", "error", err)
		os.Exit(1)
	}
}

// portFromEnv returns $PORT, or defaultPort when it is unset or empty.
func portFromEnv() string {
	if port := os.Getenv("PORT"); port != "" {
		return port
	}
	return defaultPort
}

// newHandler routes the service's endpoints.
func newHandler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+healthPath, health)
	return mux
}

// health answers the liveness probe.
func health(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]string{"status": "ok"})
}

// serve listens on addr until SIGINT or SIGTERM, then drains open requests for up to 10 s.
func serve(logger *slog.Logger, addr string) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	srv := &http.Server{
		Addr:              addr,
		Handler:           newHandler(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	errs := make(chan error, 1)
	go func() { errs <- srv.ListenAndServe() }()
	logger.Info("listening", "addr", addr, "health", healthPath)

	select {
	case err := <-errs:
		return err
	case <-ctx.Done():
	}
	logger.Info("shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return err
	}
	if err := <-errs; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// probe GETs url and fails unless it answers 2xx within 4 s (the HEALTHCHECK allows 5 s).
func probe(ctx context.Context, url string) error {
	ctx, cancel := context.WithTimeout(ctx, 4*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return fmt.Errorf("GET %s: %s", url, resp.Status)
	}
	return nil
}
