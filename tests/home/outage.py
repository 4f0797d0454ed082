import contextlib
from unittest import mock

from django.db import OperationalError
from django.db.backends.utils import CursorWrapper

REFUSED = 'connection to server at "127.0.0.1", port 5432 failed: Connection refused'


@contextlib.contextmanager
def database_down(error=OperationalError):
    """Every query fails as it does when PostgreSQL is stopped."""
    with mock.patch.object(CursorWrapper, "_execute_with_wrappers", side_effect=error(REFUSED)):
        yield
