from fastapi.testclient import TestClient

from [=package_name].main import Settings, app

client = TestClient(app)


def test_health_returns_ok() -> None:
    response = client.get("[=health_path]")

    assert response.status_code == 200
    assert response.json()["status"] == "ok"


def test_openapi_describes_the_service() -> None:
    info = client.get("/openapi.json").json()["info"]

    assert info["title"] == "[=name]"
    assert info["version"] == "[=project_version]"


def test_settings_are_read_from_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("APP_ENV", "staging")
    monkeypatch.setenv("PORT", "9000")

    settings = Settings.from_env()

    assert settings.app_env == "staging"
    assert settings.port == 9000
