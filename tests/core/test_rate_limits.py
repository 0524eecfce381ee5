"""One address asking too often for what costs the server most gets a clear 429, in the
reader's language, and others are not affected."""

import pytest


@pytest.fixture
def tight_limits(settings):
    settings.RATE_LIMITS = {"search": "3/m", "api": "3/m"}


def test_searching_too_often_gets_a_clear_answer(client, homes, tight_limits):
    for word in ("عمل", "فقر", "نقابة"):
        assert client.get("/ar/search/", {"q": word}).status_code == 200
    response = client.get("/ar/search/", {"q": "مرأة"})
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    assert "انتظري دقيقة" in response.content.decode()  # "wait a minute", in Arabic
    other = client.get("/ar/search/", {"q": "مرأة"}, REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 200  # another address is not affected


def test_api_too_often_answers_json(client, db, tight_limits):
    for _ in range(3):
        assert client.get("/api/statistics/indicators/").status_code == 200
    response = client.get("/api/statistics/indicators/")
    assert response.status_code == 429
    assert "error" in response.json()
