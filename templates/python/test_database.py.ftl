"""The database layer against a real PostgreSQL server (DATABASE_URL), and /ready without one."""

import asyncio
import os

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from [=package_name].db import async_url, create_engine, ping
from [=package_name].main import app

DATABASE_URL = os.environ.get("DATABASE_URL")
needs_database = pytest.mark.skipif(
    not DATABASE_URL,
    reason="DATABASE_URL is not set: start PostgreSQL (docker compose -f "
    "docker-compose.dev.yml up -d postgres) and export DATABASE_URL (see .env.example)",
)


def run(coroutine_function):
    """Runs an async test body against a fresh engine, disposed afterwards."""

    async def main():
        engine = create_engine(DATABASE_URL)
        try:
            return await coroutine_function(engine)
        finally:
            await engine.dispose()

    return asyncio.run(main())


@needs_database
def test_ready_reports_the_database_ok() -> None:
    with TestClient(app) as client:
        response = client.get("/ready")

<#if !(model_preload!false)>
    assert response.status_code == 200, response.text
</#if>
    assert response.json()["database"] == "ok", response.text


@needs_database
def test_the_engine_talks_to_postgresql() -> None:
    async def server_version(engine):
        await ping(engine)
        async with engine.connect() as connection:
            return (await connection.execute(text("SHOW server_version"))).scalar_one()

    assert run(server_version)[0].isdigit()


@needs_database
def test_a_transaction_writes_and_reads_rows() -> None:
    async def round_trip(engine):
        async with engine.begin() as connection:
            await connection.execute(text("CREATE TEMPORARY TABLE note (id serial, body text)"))
            await connection.execute(
                text("INSERT INTO note (body) VALUES (:a), (:b)"), {"a": "first", "b": "second"}
            )
            result = await connection.execute(text("SELECT body FROM note ORDER BY id"))
            return result.scalars().all()

    assert run(round_trip) == ["first", "second"]


def test_ready_is_503_when_the_database_is_unreachable(monkeypatch) -> None:
    # Port 1 on the loopback: nothing listens there, so the connection is refused at once.
    monkeypatch.setenv("DATABASE_URL", "postgresql://nobody:secret@127.0.0.1:1/none")

    with TestClient(app) as client:
        response = client.get("/ready")

    assert response.status_code == 503
    assert response.json()["status"] == "unavailable"
    assert response.json()["database"].startswith("unavailable")


def test_plain_postgresql_urls_get_the_asyncpg_driver() -> None:
    assert async_url("postgresql://u:p@db:5432/app") == "postgresql+asyncpg://u:p@db:5432/app"
    assert async_url("postgres://u:p@db/app") == "postgresql+asyncpg://u:p@db/app"
    assert async_url("postgresql+asyncpg://u:p@db/app") == "postgresql+asyncpg://u:p@db/app"
