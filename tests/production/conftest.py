import pytest

from tests.production.harness import ProductionSite


@pytest.fixture
def production_site(tmp_path):
    """A prepared deployment on SQLite in tmp_path; its servers are stopped after the test."""
    site = ProductionSite(tmp_path / "site").prepare()
    yield site
    site.stop()
