[project]
name = "[=name]"
version = "0.1.0"
description = "[=description?j_string]"
readme = "README.md"
requires-python = ">=3.11"
# The runtime dependencies are the pins in requirements.txt (one list for pip and for the package).
dynamic = ["dependencies"]

[tool.setuptools.dynamic]
dependencies = { file = ["requirements.txt"] }

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
