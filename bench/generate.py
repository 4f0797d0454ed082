"""`bench/generate.py N`: N realistic feedback items, fast, for benchmarks and scale tests (default 100,000).

The items are the demo data's (home/demo), at scale: its categories and their seasonal shares, its kinds, its
Finnish and English texts, its channels, its handling (replies, statuses, reply and fixing delays, items a moderator
hid or hasn't seen yet, "me too" counts), and 40% of the residents leave an e-mail address. Only the location is
drawn differently: uniformly from the box that the peer benchmark seeds (../shared/peers/setup.sh: 62.89 ± 0.1 N,
27.68 ± 0.1 E), over the same 730 days, so that our figures and the peer's are measured on the same spread.

Items go in with bulk inserts, in batches of ``BATCH``, without notifications or a trail, and continue the year's
reference numbering; the map's cells are then counted again, and on SQLite the query statistics refreshed, as after
any bulk import. Run it under the deployment's settings after `manage.py load_demo_data`, e.g.
`DJANGO_SETTINGS_MODULE=citysite.settings.production … .venv/bin/python bench/generate.py 1000000`.
"""

import datetime
import os
import random
import secrets
import sys
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BATCH = 5000
SPAN_DAYS = 730
CENTRE, SPREAD = (62.89, 27.68), 0.1
EMAIL_SHARE = 0.4
SEED = 2026
TEMPLATES = 20_000
JITTER_DAYS = 7

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "citysite.settings.dev")
    import django

    django.setup()

from collections import Counter  # noqa: E402

from django.core.management.color import no_style  # noqa: E402
from django.db import connections, router, transaction  # noqa: E402
from django.db.models import F, Max  # noqa: E402

from feedback_plugin import map_cells, privacy, query_statistics, services  # noqa: E402
from feedback_plugin.models import (  # noqa: E402
    Feedback,
    FeedbackCategory,
    Publication,
    ReferenceCounter,
    Reply,
    Status,
    is_closed_status,
)
from home.demo.feedback_handling import lifecycle, unit_names  # noqa: E402
from home.demo.feedback_items import CHANNEL_WEIGHTS, address_of, plan_item  # noqa: E402


def generate(count, seed=SEED, progress=print):
    """Adds ``count`` items; returns how many were made.

    Planning an item the demo's way takes about a millisecond, so ``TEMPLATES`` are planned and each item is one of
    them received up to ``JITTER_DAYS`` earlier, with its own place, resident, token and reference. The rows go in
    with one prepared INSERT per batch: Django's bulk_create spends more time building SQL than the database does.
    """
    rng = random.Random(seed)
    now = datetime.datetime.now(tz=datetime.UTC)
    planner = Planner(rng, now, unit_names())
    span = datetime.timedelta(days=SPAN_DAYS)
    templates = [planner.item(now - span * rng.random()) for _ in range(min(count, TEMPLATES))]
    progress(f"planned {len(templates):,} items the demo data's way")
    drawn = []
    for _item in range(count):
        index = rng.randrange(len(templates))
        drawn.append((templates[index][0].received_at - datetime.timedelta(days=JITTER_DAYS) * rng.random(), index))
    drawn.sort()
    writer = RowWriter(connections[router.db_for_write(Feedback)])
    started = time.perf_counter()
    for offset in range(0, count, BATCH):
        batch = drawn[offset : offset + BATCH]
        with transaction.atomic():
            writer.write(rng, [(received, templates[index]) for received, index in batch], planner)
        made = offset + len(batch)
        if made % (BATCH * 10) == 0 or made == count:
            progress(f"generated {made:,} of {count:,} items ({time.perf_counter() - started:.0f} s)")
    writer.finish()
    cells = map_cells.rebuild(lambda level, stored: progress(f"map cells: zoom {level}, {stored:,} cells"))
    progress(f"counted the map's {cells:,} cells")
    # As an operator does after a bulk import (docs/operations.md).
    if query_statistics.refresh():
        progress("refreshed SQLite's query statistics")
    return count


class RowWriter:
    """Inserts planned items as rows, each a planned item moved to its own time, place and resident."""

    def __init__(self, connection):
        self.connection = connection
        self.feedback_fields = list(Feedback._meta.concrete_fields)
        self.reply_fields = [f for f in Reply._meta.concrete_fields if not f.primary_key]
        self.feedback_sql = self.insert_sql(Feedback, self.feedback_fields)
        self.reply_sql = self.insert_sql(Reply, self.reply_fields)
        self.positions = {f.attname: i for i, f in enumerate(self.feedback_fields)}
        self.prepared = {}
        self.next_id = (Feedback.objects.aggregate(last=Max("pk"))["last"] or 0) + 1

    def insert_sql(self, model, fields):
        quote = self.connection.ops.quote_name
        columns = ", ".join(quote(f.column) for f in fields)
        values = ", ".join(["%s"] * len(fields))
        return f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({values})"  # noqa: S608 - model names

    def prepare(self, field, value):
        return field.get_db_prep_save(value, self.connection)

    def template_row(self, template):
        if id(template) not in self.prepared:
            self.prepared[id(template)] = [self.prepare(f, getattr(template, f.attname)) for f in self.feedback_fields]
        return self.prepared[id(template)]

    def write(self, rng, batch, planner):
        items, replies = [], []
        for received, (template, template_replies) in batch:
            shift = template.received_at - received
            row = list(self.template_row(template))
            values = {
                "id": self.next_id,
                "received_at": received,
                "first_reply_at": template.first_reply_at and template.first_reply_at - shift,
                "closed_at": template.closed_at and template.closed_at - shift,
                "updated_at": template.updated_at - shift,
                "due_date": services.due_date(template.category, received),
                "latitude": Decimal(f"{CENTRE[0] + rng.uniform(-SPREAD, SPREAD):.6f}"),
                "longitude": Decimal(f"{CENTRE[1] + rng.uniform(-SPREAD, SPREAD):.6f}"),
                "contact_email": f"resident{rng.randrange(50_000)}@example.com" if rng.random() < EMAIL_SHARE else "",
                "tracking_token": secrets.token_urlsafe(24),
            }
            values["wants_reply"] = bool(values["contact_email"])
            for name, value in values.items():
                row[self.positions[name]] = self.prepare(self.feedback_fields[self.positions[name]], value)
            items.append(row)
            for reply in template_replies:
                reply = {**reply, "feedback_id": self.next_id, "created_at": reply["created_at"] - shift}
                replies.append([self.prepare(f, reply[f.attname]) for f in self.reply_fields])
            self.next_id += 1
        reference = self.positions["reference"]
        for row, number in zip(items, planner.references([received for received, _t in batch]), strict=True):
            row[reference] = number
        with self.connection.cursor() as cursor:
            cursor.executemany(self.feedback_sql, items)
            cursor.executemany(self.reply_sql, replies)

    def finish(self):
        """Explicit ids leave PostgreSQL's sequences behind; the next submission must not collide."""
        with self.connection.cursor() as cursor:
            for statement in self.connection.ops.sequence_reset_sql(no_style(), [Feedback, Reply]):
                cursor.execute(statement)


class Planner:
    """One item at a time, planned and handled as the demo data's are, but not saved."""

    def __init__(self, rng, now, unit_names):
        self.rng, self.now, self.unit_names = rng, now, unit_names
        self.categories = {c.code: c for c in FeedbackCategory.objects.in_default_locale().select_related("unit")}
        if not self.categories:
            raise SystemExit("No categories: run `manage.py load_demo_data` first.")

    def item(self, received):
        rng = self.rng
        plan = plan_item(rng, received, self.categories, Counter())
        category = plan.category
        feedback = Feedback(
            kind=plan.kind,
            category=category,
            title=plan.title,
            description=plan.description,
            language=plan.language,
            latitude=Decimal(f"{CENTRE[0] + rng.uniform(-SPREAD, SPREAD):.6f}"),
            longitude=Decimal(f"{CENTRE[1] + rng.uniform(-SPREAD, SPREAD):.6f}"),
            address=address_of(rng, plan),
            extra_answers={"bus-line": plan.slots["line"]} if category.code == "bus-services" else {},
            contact_email=f"resident{rng.randrange(50_000)}@example.com" if rng.random() < EMAIL_SHARE else "",
            allow_publication=rng.random() > 0.05,
            channel=rng.choices(list(CHANNEL_WEIGHTS), weights=list(CHANNEL_WEIGHTS.values()))[0],
            unit=category.unit,
            due_date=services.due_date(category, received),
            tracking_token=secrets.token_urlsafe(24),
            received_at=received,
        )
        feedback.wants_reply = bool(feedback.contact_email)
        privacy.prepare_public_text(feedback)
        feedback.publication = privacy.initial_publication(feedback)
        if feedback.publication == Publication.PENDING:
            feedback.publication = Publication.PUBLISHED  # what a moderator did with it, unless a step says otherwise
        plan.feedback = feedback
        steps = sorted((step for step in lifecycle(plan, rng, self.now) if step.when < self.now), key=lambda s: s.when)
        feedback.status, replies = Status.RECEIVED, []
        for step in steps:
            if step.action == "status":
                feedback.status = step.value
            elif step.action == "reply":
                replies.append(self.reply(feedback, step))
            elif step.action == "publication":
                feedback.publication = step.value
            elif step.action == "support":
                feedback.supporter_count += 1
        feedback.first_reply_at = replies[0]["created_at"] if replies else None
        closings = [s.when for s in steps if s.action == "status" and is_closed_status(s.value)]
        feedback.closed_at = closings[-1] if is_closed_status(feedback.status) else None
        feedback.updated_at = steps[-1].when if steps else received
        return feedback, replies

    def reply(self, feedback, step):
        body = step.value[0] if feedback.language == "fi" else step.value[1]
        signature = self.unit_names[feedback.unit.translation_key, feedback.language] if feedback.unit else ""
        return {
            "body": f"{body}\n\n{signature}".strip(),
            "language": feedback.language,
            "unit_id": feedback.unit_id,
            "author_id": None,
            "created_at": step.when,
        }

    def references(self, received):
        """References for items received at ``received`` (in order) that continue each year's numbering."""
        years = Counter(when.year for when in received)
        first = {}
        for year, count in years.items():
            counter, _created = ReferenceCounter.objects.select_for_update().get_or_create(year=year)
            ReferenceCounter.objects.filter(pk=year).update(last_number=F("last_number") + count)
            first[year] = counter.last_number + 1
        numbers = []
        for when in received:
            numbers.append(f"{when.year}-{first[when.year]:06d}")
            first[when.year] += 1
        return numbers


if __name__ == "__main__":
    generate(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
