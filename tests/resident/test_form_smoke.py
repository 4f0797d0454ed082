import pytest

from feedback_plugin.models import Feedback

from .conftest import form_data

pytestmark = pytest.mark.django_db


def test_smoke(client, feedback_pages, category):
    response = client.get("/fi/anna-palautetta/")
    assert response.status_code == 200, response.content[:2000]
    response = client.post("/fi/anna-palautetta/", form_data())
    assert response.status_code == 302, response.content.decode()[:5000]
    feedback = Feedback.objects.get()
    response = client.get(response["Location"])
    assert feedback.reference in response.content.decode()
    response = client.get(feedback.get_tracking_url())
    assert response.status_code == 200
    response = client.get("/en/feedback-list/")
    assert response.status_code == 200
    response = client.get(f"/en/feedback-list/{feedback.reference}/")
    assert response.status_code == 200, response
    response = client.get("/api/v1/feedback/geojson/?bbox=27,62,28,63&zoom=10")
    assert response.status_code == 200, response.content
    print(response.content)
