"""Fast generated feedback for benchmarks and scale tests: bulk_create, no notifications, no trail; the map's
cells are rebuilt afterwards, since bulk_create sends no signals."""

import datetime
import random
import secrets
from decimal import Decimal

from django.utils import timezone

from feedback_plugin.map_cells import rebuild
from feedback_plugin.models import Feedback, Publication, Status

STATUSES = [Status.RECEIVED, Status.IN_PROGRESS, Status.DONE]


def generate_feedback(category, count, seed=2026, batch_size=5000, spread=(0.08, 0.16), year=1999):
    """``count`` published items of ``category`` scattered around the city centre; returns how many were made."""
    rng = random.Random(seed)
    now = timezone.now()
    rows = []
    for number in range(count):
        rows.append(
            Feedback(
                category=category,
                description="Generated feedback for a benchmark.",
                public_description="Generated feedback for a benchmark.",
                public_title=f"Item {number}",
                language="fi",
                latitude=Decimal(f"{62.8924 + rng.uniform(-spread[0], spread[0]):.6f}"),
                longitude=Decimal(f"{27.6770 + rng.uniform(-spread[1], spread[1]):.6f}"),
                status=rng.choice(STATUSES),
                publication=Publication.PUBLISHED,
                reference=f"{year}-{number:06d}",
                tracking_token=secrets.token_urlsafe(24),
                received_at=now - datetime.timedelta(hours=number % 2000),
            )
        )
        if len(rows) >= batch_size:
            Feedback.objects.bulk_create(rows)
            rows = []
    Feedback.objects.bulk_create(rows)
    rebuild()
    return count
