"""The map's clusters, counted ahead: a fixed grid per zoom level, and the public items in each of its cells.

Grouping every item in the box costs a scan of the box: seconds for a city-wide view of a million items.
Instead every zoom level below STREET_LEVEL_ZOOM has a fixed grid anchored at (-180°, -90°), its cells about
CELL_PIXELS on screen, and ``MapCell`` rows count the items of ``privacy.public_feedback()`` in each cell by
category, status and kind, the filters the map can be narrowed by. A request reads the cells its box touches.

The counts follow the items: saving or deleting a Feedback moves its own contribution (model signals, so
every save counts: the services, the admin's forms and bulk deletes, the demo data), and a category that
becomes confidential loses its cells at once. Writes that bypass signals (``bulk_create``, ``update()``)
are followed by ``rebuild()``, which the ``rebuild_map_cells`` command runs.
"""

import math
from collections import defaultdict

from django.db import connections, router, transaction
from django.db.models import Q, Sum
from django.db.models.signals import post_save, pre_delete, pre_save
from django.dispatch import receiver

from .models import Feedback, MapCell
from .models.taxonomy import category_became_confidential
from .privacy import public_feedback
from .public_cache import public_data_version

STREET_LEVEL_ZOOM = 16
LEVELS = range(STREET_LEVEL_ZOOM)
CELL_PIXELS = 64
# A box never spans more than GRID_CELLS cells of its level, so it touches at most (GRID_CELLS + 1)² of them.
GRID_CELLS = 20
# How many cells a box spans at most on the grid that estimates the items inside it (``items_in_box``).
ESTIMATE_CELLS = 4
# How many boxes' cell sums each process keeps for ``items_in_box``, the oldest dropped first.
KEPT_SUMS = 1024
_touched_sums = {}
# Where an item is and what the cells can be filtered by, in the order ``tally`` reads them.
MAP_FIELDS = ("latitude", "longitude", "category_id", "status", "kind")
# The fields whose change can move an item between cells, or in or out of the privacy gate.
TRACKED_FIELDS = frozenset({"latitude", "longitude", "category", "status", "kind", "publication", "allow_publication"})


def cell_degrees(level):
    """A cell's side in degrees: CELL_PIXELS of the 256-pixel tiles at this zoom level."""
    return 360 / 2**level * CELL_PIXELS / 256


def cell_of(level, longitude, latitude):
    size = cell_degrees(level)
    return math.floor((float(longitude) + 180) / size), math.floor((float(latitude) + 90) / size)


def box_width(west, east):
    return east - west if west <= east else east - west + 360


def grid_level(zoom, west, south, east, north, cells=GRID_CELLS):
    """The zoom's own grid, or the finest coarser one in which the box spans at most ``cells`` cells."""
    level = min(zoom, LEVELS[-1])
    while level and cell_degrees(level) * cells < max(box_width(west, east), north - south):
        level -= 1
    return level


def cells_in_box(level, west, south, east, north):
    """A MapCell filter for the cells of ``level`` the box touches (across the antimeridian if west > east)."""
    (west_x, south_y), (east_x, north_y) = cell_of(level, west, south), cell_of(level, east, north)
    columns = Q(x__gte=west_x, x__lte=east_x) if west <= east else Q(x__gte=west_x) | Q(x__lte=east_x)
    return Q(level=level, y__gte=south_y, y__lte=north_y) & columns


def items_in_box(west, south, east, north):
    """An estimate of the public located items inside the box, and their number everywhere, in one query: on
    the grid in which the box spans at most ESTIMATE_CELLS cells, the items of each cell it touches times the
    share of that cell the box covers (as if the items of a cell were spread evenly over it)."""
    level = grid_level(LEVELS[-1], west, south, east, north, cells=ESTIMATE_CELLS)
    cells = touched_cell_sums(level, west, south, east, north)
    size = cell_degrees(level)
    spans = [(west, east)] if west <= east else [(west, 180), (-180, east)]
    inside = everywhere = 0
    for cell_level, x, y, items in cells:
        if cell_level == 0:
            everywhere += items
        if cell_level == level:
            left, bottom = x * size - 180, y * size - 90
            width = sum(max(0, min(left + size, high) - max(left, low)) for low, high in spans)
            height = max(0, min(bottom + size, north) - max(bottom, south))
            inside += items * width * height / size**2
    return inside, everywhere


def touched_cell_sums(level, west, south, east, north):
    """(level, x, y, items) of the cells of ``level`` the box touches, and of the world's, kept by each process
    for the current public data version (which a request has read already): boxes a map pans over touch the
    same coarse cells, and an estimate only steers a query's plan, never its answer."""
    key = (public_data_version(), level, *cell_of(level, west, south), *cell_of(level, east, north), west <= east)
    if key not in _touched_sums:
        if len(_touched_sums) >= KEPT_SUMS:
            _touched_sums.pop(next(iter(_touched_sums)))
        _touched_sums[key] = list(
            MapCell.objects.filter(cells_in_box(level, west, south, east, north) | Q(level=0))
            .values_list("level", "x", "y")
            .annotate(Sum("item_count"))
            .order_by()
        )
    return _touched_sums[key]


def box_touches(level, west, south, east, north):
    """``cells_in_box`` as a test of a cell's (x, y), for cells tallied in Python."""
    (west_x, south_y), (east_x, north_y) = cell_of(level, west, south), cell_of(level, east, north)

    def touches(x, y):
        column = west_x <= x <= east_x if west <= east else x >= west_x or x <= east_x
        return column and south_y <= y <= north_y

    return touches


def map_rows():
    """The ``MAP_FIELDS`` of every item the map may count: public, and with a location."""
    return public_feedback().filter(latitude__isnull=False, longitude__isnull=False).values_list(*MAP_FIELDS)


def tally(rows, levels=LEVELS, sign=1, totals=None):
    """Adds (or with ``sign=-1`` takes away) each (latitude, longitude, *fields) row in its cell of every
    level: {(level, x, y, *fields): [items, latitude sum, longitude sum]}."""
    totals = defaultdict(lambda: [0, 0.0, 0.0]) if totals is None else totals
    for latitude, longitude, *fields in rows:
        latitude, longitude = float(latitude), float(longitude)
        for level in levels:
            total = totals[(level, *cell_of(level, longitude, latitude), *fields)]
            total[0] += sign
            total[1] += sign * latitude
            total[2] += sign * longitude
    return totals


def add_to_cells(totals):
    """Adds tallied changes to the stored cells in one statement, and deletes the cells they emptied."""
    changes = [(*key, *total) for key, total in totals.items() if any(total)]
    if not changes:
        return
    connection = connections[router.db_for_write(MapCell)]
    table = connection.ops.quote_name(MapCell._meta.db_table)
    # An upsert that adds to the stored counts (bulk_create's update_conflicts can only overwrite them), in the
    # syntax SQLite and PostgreSQL share. Only the model's own quoted name is formatted in; values are parameters.
    sql = (
        f"INSERT INTO {table} (level, x, y, category_id, status, kind, item_count, latitude_sum, longitude_sum) "  # noqa: S608
        "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s) "
        "ON CONFLICT (level, x, y, category_id, status, kind) DO UPDATE SET "
        f"item_count = {table}.item_count + excluded.item_count, "
        f"latitude_sum = {table}.latitude_sum + excluded.latitude_sum, "
        f"longitude_sum = {table}.longitude_sum + excluded.longitude_sum"
    )
    with connection.cursor() as cursor:
        cursor.executemany(sql, changes)
    if any(change[6] < 0 for change in changes):
        MapCell.objects.filter(item_count=0).delete()


@transaction.atomic
def rebuild(progress=None):
    """Recounts every cell from the privacy gate, one zoom level at a time so that memory holds one level's
    cells; ``progress(level, cells)`` is called after each level. Returns how many cells there are."""
    MapCell.objects.all().delete()
    stored = 0
    for level in LEVELS:
        totals = tally(map_rows().order_by().iterator(chunk_size=10_000), levels=[level])
        MapCell.objects.bulk_create(
            (
                MapCell(
                    level=level,
                    x=x,
                    y=y,
                    category_id=category_id,
                    status=status,
                    kind=kind,
                    item_count=items,
                    latitude_sum=latitude_sum,
                    longitude_sum=longitude_sum,
                )
                for (level, x, y, category_id, status, kind), (items, latitude_sum, longitude_sum) in totals.items()
            ),
            batch_size=5000,
        )
        stored += len(totals)
        if progress:
            progress(level, stored)
    return stored


def rebuild_if_missing(sender, using, **kwargs):
    """A site that had public feedback before the cells existed gets them counted on its next migrate."""
    connection = connections[using]
    if MapCell._meta.db_table not in connection.introspection.table_names():
        return
    if not MapCell.objects.using(using).exists() and map_rows().using(using).exists():
        rebuild()


def tracks(update_fields):
    return update_fields is None or not TRACKED_FIELDS.isdisjoint(update_fields)


@receiver(pre_save, sender=Feedback)
def note_cells_before_save(sender, instance, update_fields=None, **kwargs):
    if tracks(update_fields):
        instance._map_rows_before = list(map_rows().filter(pk=instance.pk)) if instance.pk else []


@receiver(post_save, sender=Feedback)
def count_saved_feedback(sender, instance, **kwargs):
    """Moves the item's contribution from where it was counted before the save to where it counts now."""
    before = instance.__dict__.pop("_map_rows_before", None)
    if before is not None:
        add_to_cells(tally(before, sign=-1, totals=tally(map_rows().filter(pk=instance.pk))))


@receiver(pre_delete, sender=Feedback)
def uncount_deleted_feedback(sender, instance, **kwargs):
    add_to_cells(tally(map_rows().filter(pk=instance.pk), sign=-1))


@receiver(category_became_confidential)
def drop_confidential_cells(sender, category, **kwargs):
    """None of a confidential category's items may count, in any language: ``privacy`` hides them with an
    ``update()`` that sends no signals."""
    MapCell.objects.filter(category__translation_key=category.translation_key).delete()
