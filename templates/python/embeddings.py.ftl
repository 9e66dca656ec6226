"""Sentence embeddings with ONNX Runtime: no PyTorch in the image, no network at run time.

The model folder is what sentence-transformers saves with backend="onnx" (the Dockerfile's model
stage runs scripts/export_model.py): onnx/model.onnx, tokenizer.json and the pipeline's settings
(modules.json, the pooling config), which this module follows, so the vectors equal
SentenceTransformer(...).encode(...) for the same model; export.json names the model.
"""

import json
from pathlib import Path
from typing import Any

import numpy as np
import onnxruntime as ort
from tokenizers import Tokenizer


def _read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


class Embedder:
    """One loaded model: its tokenizer, ONNX session, pooling and normalisation."""

    def __init__(self, path: Path) -> None:
        self.name = _read_json(path / "export.json").get("name", path.name)
        modules = _read_json(path / "modules.json")
        pooling_dir = next(
            (m["path"] for m in modules if m["type"].endswith("Pooling")), "1_Pooling"
        )
        pooling = _read_json(path / pooling_dir / "config.json")
        # sentence-transformers 5 writes pooling_mode; older versions one flag per mode.
        self._pooling = pooling.get("pooling_mode") or (
            "cls" if pooling.get("pooling_mode_cls_token") else "mean"
        )
        if self._pooling not in ("mean", "cls"):
            raise ValueError(f"{path}: pooling mode {self._pooling!r} is not supported")
        self._normalize = any(m["type"].endswith("Normalize") for m in modules)
        max_length = (
            _read_json(path / "sentence_bert_config.json").get("max_seq_length")
            or _read_json(path / "tokenizer_config.json").get("model_max_length")
            or 512
        )
        self._tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self._tokenizer.enable_truncation(max_length=min(int(max_length), 512))
        self._tokenizer.enable_padding()  # to the longest text of each batch
        self._session = ort.InferenceSession(
            str(path / "onnx" / "model.onnx"), providers=["CPUExecutionProvider"]
        )
        self._inputs = {i.name for i in self._session.get_inputs()}
        self.dimension = int(self.embed(["dimension probe"]).shape[1])

    @staticmethod
    def exists(path: Path) -> bool:
        """Whether path holds an exported model."""
        return (path / "onnx" / "model.onnx").is_file() and (path / "tokenizer.json").is_file()

    def embed(self, texts: list[str]) -> np.ndarray:
        """A (len(texts), dimension) float32 array."""
        encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feed = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feed["token_type_ids"] = np.array([e.type_ids for e in encodings], dtype=np.int64)
        tokens = self._session.run(None, feed)[0]  # (batch, tokens, hidden)
        if self._pooling == "cls":
            vectors = tokens[:, 0]
        else:
            weights = mask[..., None].astype(tokens.dtype)
            vectors = (tokens * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        if self._normalize:
            norms = np.linalg.norm(vectors, axis=1, keepdims=True)
            vectors = vectors / np.clip(norms, 1e-12, None)
        return vectors.astype(np.float32)
