"""Reading the forum leaves no trace: no session, no cookie, so pages can be cached."""


def test_anonymous_readers_get_no_session(client, homes):
    for path in ("/ar/", "/ar/forum/", "/fr/forum/"):
        response = client.get(path)
        assert response.status_code == 200
        assert "sessionid" not in response.cookies, path
