"""POST /embed with the real exported model (MODEL_PATH), and its 503 without one."""

import json

import numpy as np
import pytest
from fastapi.testclient import TestClient

from [=package_name].main import Settings, app

MODEL_PATH = Settings.from_env().model_path
needs_model = pytest.mark.skipif(
    not (MODEL_PATH / "onnx" / "model.onnx").is_file(),
    reason=f"no exported model in {MODEL_PATH}: run "
    "`docker build --target model --output type=local,dest=.model .` (or set MODEL_PATH)",
)


def declared_dimension() -> int:
    """The embedding size the model declares in its pooling config (both config formats)."""
    config = json.loads((MODEL_PATH / "1_Pooling" / "config.json").read_text())
    return config.get("embedding_dimension") or config["word_embedding_dimension"]


@needs_model
def test_embed_returns_one_normalised_vector_per_text() -> None:
    texts = ["A man is eating food.", "A man is eating a piece of bread.", "A man rides a horse."]
    with TestClient(app) as client:
        response = client.post("/embed", json={"texts": texts})

    assert response.status_code == 200, response.text
    body = response.json()
    vectors = np.array(body["embeddings"])
<#if (model_name!"") == "sentence-transformers/all-MiniLM-L6-v2">
    assert body["dimension"] == declared_dimension() == 384
<#else>
    assert body["dimension"] == declared_dimension()
</#if>
    assert vectors.shape == (3, body["dimension"])
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    # A real model puts the two sentences about eating closer together than eating and riding.
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]


@needs_model
def test_ready_reports_the_model_loaded() -> None:
    with TestClient(app) as client:
        assert client.get("/ready").json()["model"] == "ok"


def test_embed_is_503_without_a_model(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("MODEL_PATH", str(tmp_path))

    with TestClient(app) as client:
        response = client.post("/embed", json={"texts": ["hello"]})

    assert response.status_code == 503


def test_embed_rejects_an_empty_request() -> None:
    with TestClient(app) as client:
        assert client.post("/embed", json={"texts": []}).status_code == 422
