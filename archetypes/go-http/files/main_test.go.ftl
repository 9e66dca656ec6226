package main

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestHealthReturnsOK(t *testing.T) {
	rec := httptest.NewRecorder()

	newHandler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, healthPath, nil))

	if rec.Code != http.StatusOK {
		t.Fatalf("GET %s: status %d, want %d", healthPath, rec.Code, http.StatusOK)
	}
	if got := rec.Header().Get("Content-Type"); got != "application/json" {
		t.Errorf("Content-Type %q, want application/json", got)
	}
	var body map[string]string
	if err := json.NewDecoder(rec.Body).Decode(&body); err != nil {
		t.Fatalf("body is not JSON: %v", err)
	}
	if body["status"] != "ok" {
		t.Errorf(`body["status"] = %q, want "ok"`, body["status"])
	}
}

func TestHealthRejectsOtherMethods(t *testing.T) {
	rec := httptest.NewRecorder()

	newHandler().ServeHTTP(rec, httptest.NewRequest(http.MethodPost, healthPath, nil))

	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST %s: status %d, want %d", healthPath, rec.Code, http.StatusMethodNotAllowed)
	}
}

func TestProbePassesOnAHealthyServer(t *testing.T) {
	srv := httptest.NewServer(newHandler())
	defer srv.Close()

	if err := probe(context.Background(), srv.URL+healthPath); err != nil {
		t.Errorf("probe: %v", err)
	}
}

func TestProbeFailsOnAnErrorStatus(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(http.StatusServiceUnavailable)
	}))
	defer srv.Close()

	if err := probe(context.Background(), srv.URL+healthPath); err == nil {
		t.Error("probe of a 503 answer: no error")
	}
}

func TestProbeFailsWhenNothingListens(t *testing.T) {
	srv := httptest.NewServer(newHandler())
	url := srv.URL + healthPath
	srv.Close()

	if err := probe(context.Background(), url); err == nil {
		t.Error("probe of a closed server: no error")
	}
}

func TestPortComesFromTheEnvironment(t *testing.T) {
	t.Setenv("PORT", "9000")
	if got := portFromEnv(); got != "9000" {
		t.Errorf("portFromEnv() = %q with PORT=9000", got)
	}

	t.Setenv("PORT", "")
	if got := portFromEnv(); got != defaultPort {
		t.Errorf("portFromEnv() = %q with PORT empty, want %q", got, defaultPort)
	}
}
