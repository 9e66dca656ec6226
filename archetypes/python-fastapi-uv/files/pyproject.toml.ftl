[project]
name = "[=name]"
version = "[=project_version]"
description = "[=description?j_string]"
readme = "README.md"
requires-python = ">=3.11"
<#include "/python/dependencies.ftl">

[dependency-groups]
dev = [
    "httpx2>=2.16,<3",
    "pytest>=9,<10",
    "ruff>=0.17,<0.18",
]

[build-system]
requires = ["uv_build>=0.13,<0.14"]
build-backend = "uv_build"

[tool.pytest.ini_options]
testpaths = ["tests"]
addopts = "-ra"

[tool.ruff]
line-length = 100

[tool.ruff.lint]
select = ["E", "F", "W", "I", "UP", "B", "SIM"]
