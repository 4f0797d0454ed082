"""A storm of residents: many clients at once through the form, API v1 and Open311, a third with a photo.

Each request comes from its own client address, as a thousand residents reporting after a storm would, so no
limit applies. Used by tests/production/test_load.py (short) and bench/submissions.py (the full 50 × 20).
"""

import io
import json
import re
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from itertools import count

import requests
from PIL import Image

from tests.production.harness import proxy_headers

CATEGORY = "street-lighting"
FORM_PATH = "/fi/anna-palautetta/"
# The form refuses a submission sent faster than a person could fill it in (FORM_MIN_FILL_SECONDS).
FORM_FILL_SECONDS = 3.2
CHANNELS = ("form", "api", "open311")
_addresses = count(1)


@dataclass
class LoadResult:
    sent: int
    accepted: int
    statuses: Counter
    seconds: float
    photos_sent: int


def client_address():
    number = next(_addresses)
    return f"10.{number // 65536 % 256}.{number // 256 % 256}.{number % 256}"


def photo():
    buffer = io.BytesIO()
    Image.new("RGB", (640, 480), (90, 120, 160)).save(buffer, format="JPEG")
    return ("photo.jpg", buffer.getvalue(), "image/jpeg")


def description(number):
    return f"Katuvalo numero {number} ei pala myrskyn jälkeen."


def send_api(url, number, with_photo):
    """API v1 takes JSON, or multipart when photos come along."""
    data = {"category": CATEGORY, "description": description(number), "latitude": "62.8924", "longitude": "27.677"}
    headers = proxy_headers(client_address())
    if with_photo:
        response = requests.post(
            f"{url}/api/v1/feedback/", data=data, files={"photos": photo()}, headers=headers, timeout=60
        )
    else:
        coordinates = {"latitude": float(data["latitude"]), "longitude": float(data["longitude"])}
        response = requests.post(f"{url}/api/v1/feedback/", json=data | coordinates, headers=headers, timeout=60)
    return response.status_code, response.status_code == 201


def send_open311(url, number, with_photo, api_key):
    data = {
        "api_key": api_key,
        "service_code": CATEGORY,
        "description": description(number),
        "lat": "62.8924",
        "long": "27.677",
    }
    files = {"media": photo()} if with_photo else None
    response = requests.post(
        f"{url}/open311/v2/requests.json", data=data, files=files, headers=proxy_headers(client_address()), timeout=60
    )
    return response.status_code, response.status_code == 201


def open_form(url):
    """The form as a resident's browser gets it: its CSRF cookie, and the hidden fields the page carries."""
    address = client_address()
    response = requests.get(url + FORM_PATH, headers=proxy_headers(address), timeout=60)
    response.raise_for_status()
    hidden = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', response.text))
    # The cookie is Secure, and this hop is the proxy's plain HTTP: send it back as the browser would over TLS.
    return address, hidden, response.cookies["csrftoken"], time.monotonic()


def send_form(url, number, with_photo, opened):
    address, hidden, csrf_cookie, opened_at = opened
    time.sleep(max(0.0, FORM_FILL_SECONDS - (time.monotonic() - opened_at)))
    data = {
        **hidden,
        "kind": "feedback",
        "category": CATEGORY,
        "description": description(number),
        "address": "Kauppakatu 40",
    }
    files = {"photos": photo()} if with_photo else None
    headers = {
        **proxy_headers(address),
        "Cookie": f"csrftoken={csrf_cookie}",
        "Referer": f"https://{url.split('://')[1]}{FORM_PATH}",
    }
    response = requests.post(
        url + FORM_PATH, data=data, files=files, headers=headers, timeout=60, allow_redirects=False
    )
    return response.status_code, response.status_code == 302 and "/thanks/" in response.headers.get("Location", "")


def run_client(urls, client, requests_each, api_key):
    """One client's requests in turn, over the app servers in turn; forms are opened first, as a person reads."""
    plan = [(client * requests_each + n, CHANNELS[n % 3], n % 3 == client % 3) for n in range(requests_each)]
    forms = {number: open_form(urls[number % len(urls)]) for number, channel, _photo in plan if channel == "form"}
    results = []
    for number, channel, with_photo in plan:
        url = urls[number % len(urls)]
        if channel == "form":
            results.append((*send_form(url, number, with_photo, forms[number]), with_photo))
        elif channel == "api":
            results.append((*send_api(url, number, with_photo), with_photo))
        else:
            results.append((*send_open311(url, number, with_photo, api_key), with_photo))
    return results


STORED = """
# Run in the deployment's `manage.py shell`: its items, its photo rows and the files in its photo storage.
import json
from feedback_plugin.models import Feedback, FeedbackPhoto
from django.core.files.storage import storages
from feedback_plugin.conf import feedback_setting
storage = storages[feedback_setting("PHOTO_STORAGE")]
def files(folder=""):
    directories, names = storage.listdir(folder)
    yield from (f"{folder}{name}" for name in names)
    for directory in directories:
        yield from files(f"{folder}{directory}/")
rows = sorted(FeedbackPhoto.objects.values_list("image", flat=True))
print(json.dumps({"items": Feedback.objects.count(), "photos": rows, "files": sorted(files())}))
"""


def open311_key(site):
    """A new Open311 API client's key, made as the admin makes one."""
    return site.python(
        "from feedback_plugin.models import ApiClient\n"
        "client = ApiClient(name='Load test'); key = client.issue_key(); client.save(); print(key)"
    )


def stored(site):
    """What the deployment holds after a load: {"items": count, "photos": stored names, "files": files in storage}."""
    return json.loads(site.python(STORED))


def mixed_load(urls, clients, requests_each, api_key):
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        runs = list(pool.map(lambda client: run_client(urls, client, requests_each, api_key), range(clients)))
    results = [result for run in runs for result in run]
    return LoadResult(
        sent=len(results),
        accepted=sum(accepted for _status, accepted, _photo in results),
        statuses=Counter(status for status, _accepted, _photo in results),
        seconds=time.monotonic() - started,
        photos_sent=sum(with_photo for _status, accepted, with_photo in results if accepted),
    )
