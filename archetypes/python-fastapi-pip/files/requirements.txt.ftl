<#--
  The direct dependencies are those of /python/dependencies.ftl, pinned; the rest is their closure as
  `uv pip compile --universal --python-version 3.11` resolves it. Change the list, and pin again.
-->
# Runtime dependencies, every one pinned: the image installs exactly these
# (pip install -r requirements.txt), and pyproject.toml declares them as the package's dependencies.
# Only full-line comments here: setuptools reads this file too.
#
# Direct dependencies
fastapi==0.165.0
uvicorn==0.54.0
#
# Their dependencies, pinned too so that every build installs the same set
annotated-doc==0.0.7
    # via fastapi
annotated-types==0.8.0
    # via pydantic
anyio==4.16.0
    # via fastapi, starlette
click==8.5.1
    # via uvicorn
h11==0.16.0
    # via uvicorn
idna==3.20
    # via anyio
opentelemetry-api==1.45.2
    # via fastapi
pydantic==2.14.3
    # via fastapi
pydantic-core==2.50.4
    # via pydantic
starlette==1.10.0
    # via fastapi
typing-extensions==4.16.0
    # via fastapi, pydantic, pydantic-core, starlette, anyio, typing-inspection
typing-inspection==0.4.5
    # via fastapi, pydantic
