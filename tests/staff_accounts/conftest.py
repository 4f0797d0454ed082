import pytest

from tests.home.editors import editor

ADDRESS = "203.0.113.7"
# The factories' password for every user.
PASSWORD = "password"


@pytest.fixture
def editor_account(db):
    """A member of Wagtail's Editors group: into the admin with a password alone ("password")."""
    return editor("toimittaja")


def sign_in(client, username, password=PASSWORD, address=ADDRESS, **headers):
    """Wagtail's admin sign-in form, posted from the given client address."""
    return client.post("/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=address, **headers)
