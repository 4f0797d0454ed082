"""docs/deployment.md's one-server recipe, run as an operator runs it, from the checkout under test.

Each line of the documented block runs as written, with two stand-ins a test needs: `pip install` goes into a fresh
virtualenv that sees this one's dependencies (so nothing is downloaded but the build backend, and the shared
environment is left alone), and gunicorn binds a free port instead of 8000. The two long-running lines, gunicorn
and the task worker, are started in the background; then the site, the API and a resident's photo must answer
through the proxy's headers.
"""

import re
import site
import subprocess
import sys
import venv
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests

from tests.production.harness import (
    HOST,
    REPOSITORY,
    ProductionSite,
    free_port,
    proxy_headers,
    stop_process,
    wait_until_answering,
)

pytestmark = pytest.mark.production

SERVICES = ("gunicorn ", "python manage.py db_worker")


def documented_recipe():
    """The bash block under "## One server" in docs/deployment.md, without comments."""
    text = (REPOSITORY / "docs" / "deployment.md").read_text()
    section = text.split("## One server", 1)[1]
    block = re.search(r"```bash\n(.*?)```", section, re.DOTALL).group(1)
    return [line.split("#", 1)[0].strip() for line in block.splitlines() if line.split("#", 1)[0].strip()]


def fresh_virtualenv(path):
    """A new virtualenv whose interpreter also sees this one's packages, as if they had been downloaded."""
    venv.create(path, with_pip=True)
    python = path / "bin" / "python"
    purelib = subprocess.run(  # noqa: S603 - the interpreter just created
        [python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    (site_packages := Path(purelib)).mkdir(parents=True, exist_ok=True)
    (site_packages / "citysite-test-deps.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    return path / "bin"


def test_the_documented_recipe_serves_the_site_the_api_and_a_photo(tmp_path):
    deployment = ProductionSite(tmp_path / "site")
    bin_dir = fresh_virtualenv(tmp_path / "venv")
    port = free_port()
    env = {**deployment.env, "PATH": f"{bin_dir}:{sys.prefix}/bin:{deployment.env['PATH']}"}
    recipe = documented_recipe()
    assert recipe[0].startswith("pip install"), recipe
    assert any(line.startswith("gunicorn ") for line in recipe), recipe

    services = {}
    try:
        for line in recipe:
            command = line.replace("127.0.0.1:8000", f"{HOST}:{port}")
            if command.startswith(SERVICES):
                # A session of its own: gunicorn runs under the shell, and stops with it.
                services[line] = subprocess.Popen(command, shell=True, cwd=REPOSITORY, env=env, start_new_session=True)  # noqa: S602 - the doc
            else:
                done = subprocess.run(command, shell=True, cwd=REPOSITORY, env=env, capture_output=True, text=True)  # noqa: S602
                assert done.returncode == 0, f"{line}\n{done.stdout}\n{done.stderr}"
        gunicorn = next(process for line, process in services.items() if line.startswith("gunicorn "))
        url = f"http://{HOST}:{port}"
        wait_until_answering(url + "/", gunicorn)
        deployment.manage("load_demo_data", "--hostname", HOST)

        headers = proxy_headers("198.51.100.20")
        home = requests.get(url + "/fi/", headers=headers, timeout=30)
        assert home.status_code == 200
        assert "text/html" in home.headers["Content-Type"]
        listing = requests.get(url + "/api/v1/feedback/?page_size=100", headers=headers, timeout=30)
        assert listing.status_code == 200
        photo_urls = [photo for item in listing.json()["results"] for photo in item["photos"]]
        assert photo_urls, "the demo data has public photos"
        # Behind the TLS proxy, links are https; the test reaches the app server directly, as the proxy does.
        assert photo_urls[0].startswith("https://")
        photo = requests.get(url + urlsplit(photo_urls[0]).path, headers=headers, timeout=30)
        assert photo.status_code == 200
        assert photo.headers["Content-Type"] == "image/jpeg"
        assert photo.content.startswith(b"\xff\xd8")
        static = re.search(r'src="(/static/[^"]+\.js)"', home.text).group(1)
        assert requests.get(url + static, headers=headers, timeout=30).status_code == 200
        assert all(process.poll() is None for process in services.values()), "gunicorn and the task worker keep running"
    finally:
        for process in services.values():
            stop_process(process, group=True)
