[project]
name = "[=name]"
version = "[=project_version]"
description = "[=description?j_string]"
readme = "README.md"
requires-python = ">=3.11"
# The direct runtime dependencies, as ranges; requirements.txt pins them and all of theirs
# (scripts/lock-requirements.sh writes it from this list).
<#include "/python/dependencies.ftl">

[build-system]
requires = ["setuptools>=80,<85"]
build-backend = "setuptools.build_meta"

[tool.pytest.ini_options]
testpaths = ["tests"]
addopts = "-ra"

[tool.ruff]
line-length = 100

[tool.ruff.lint]
select = ["E", "F", "W", "I", "UP", "B", "SIM"]
