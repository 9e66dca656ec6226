<#--
  The runtime dependencies of every Python archetype, as a PEP 621 `dependencies` array; the
  options add theirs. Each archetype's lock (uv.lock, poetry.lock, requirements) is made from
  exactly this list: change it, and regenerate every lock variant (docs/writing-archetypes.md).
-->
dependencies = [
<#if (database!"none") == "postgres">
    "asyncpg>=0.32,<1",
</#if>
    "fastapi>=0.165,<1",
<#if model_preload!false>
    "numpy>=2.2,<3",
    "onnxruntime>=1.31,<2",
</#if>
<#if (database!"none") == "postgres">
    "sqlalchemy[asyncio]>=2.1,<3",
</#if>
<#if model_preload!false>
    "tokenizers>=0.23,<1",
</#if>
    "uvicorn>=0.54,<1",
]
