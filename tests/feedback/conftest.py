import pytest

from tests.factories import CategoryFactory
from tests.second_factor import verified_login

from .staff import unit_staff


@pytest.fixture
def category():
    """A category whose unit the ``staff`` fixture works in."""
    return CategoryFactory(name="Katuvalot")


@pytest.fixture
def staff(client, category):
    """A logged-in member of the category's unit with the staff permissions the demo gives."""
    user = unit_staff(category.unit)
    verified_login(client, user)
    return user
