# Python
__pycache__/
*.py[cod]
*.egg-info/
dist/
build/

# Poetry / virtual environments
.venv/
<#if model_preload!false>

# The model exported for local runs (docker build --target model --output type=local,dest=.model .)
.model/
</#if>

# Tools
.pytest_cache/
.ruff_cache/
.mypy_cache/
.coverage
.coverage.*
htmlcov/

# Local configuration: never commit secrets (.env.example is the template)
.env
.env.*
!.env.example

# Editors and OS
.idea/
.vscode/
.DS_Store
