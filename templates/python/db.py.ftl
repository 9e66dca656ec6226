"""Database access: one SQLAlchemy async engine (asyncpg driver) per process, from DATABASE_URL."""

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine


def async_url(url: str) -> str:
    """DATABASE_URL for SQLAlchemy: postgres:// and postgresql:// get the asyncpg driver."""
    for scheme in ("postgresql://", "postgres://"):
        if url.startswith(scheme):
            return "postgresql+asyncpg://" + url.removeprefix(scheme)
    return url


def create_engine(url: str) -> AsyncEngine:
    """A pooled engine; it connects on first use, so creating it never fails on a down database."""
    return create_async_engine(
        async_url(url),
        pool_size=5,
        max_overflow=5,
        pool_pre_ping=True,  # a connection the server closed is replaced, not handed out
        connect_args={"timeout": 5},  # seconds for asyncpg to connect
    )


async def ping(engine: AsyncEngine) -> None:
    """Raises unless the database answers SELECT 1."""
    async with engine.connect() as connection:
        await connection.execute(text("SELECT 1"))
