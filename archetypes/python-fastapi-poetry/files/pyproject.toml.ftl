[project]
name = "[=name]"
version = "[=project_version]"
description = "[=description?j_string]"
readme = "README.md"
requires-python = ">=3.11"
<#include "/python/dependencies.ftl">

# Dev tools: a Poetry dependency group, installed by `poetry install`, left out of the image
# (`poetry install --only main`).
[dependency-groups]
dev = [
    "httpx2>=2.16,<3",
    "pytest>=9,<10",
    "ruff>=0.17,<0.18",
]

# The package index, through its standard "simple" API (PEP 503/691), which every PyPI mirror serves
# (PyPI's own JSON API, Poetry's default, is not). To use your organisation's mirror, change the URL
# and run `poetry lock`.
[[tool.poetry.source]]
name = "pypi-simple"
url = "https://pypi.org/simple/"
priority = "primary"

[build-system]
requires = ["poetry-core>=2.0,<3"]
build-backend = "poetry.core.masonry.api"

[tool.pytest.ini_options]
testpaths = ["tests"]
addopts = "-ra"

[tool.ruff]
line-length = 100

[tool.ruff.lint]
select = ["E", "F", "W", "I", "UP", "B", "SIM"]
