"""The map's pre-aggregated clusters: public items counted per cell of a fixed grid (see ``map_cells.py``)."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .feedback import Kind, Status
from .taxonomy import FeedbackCategory


class MapCell(models.Model):
    """How many public items of one category, status and kind lie in one cell of one zoom level's grid, and
    the sums of their coordinates for the cluster's centre. Derived data: ``map_cells.py`` keeps it current,
    and ``rebuild_map_cells`` recomputes it from the privacy gate."""

    level = models.PositiveSmallIntegerField(_("zoom level"))
    x = models.IntegerField(_("column"))
    y = models.IntegerField(_("row"))
    # The same names as on Feedback, so FeedbackFilterSet's category, service area, status and kind filters
    # narrow cells exactly as they narrow items.
    category = models.ForeignKey(
        FeedbackCategory, verbose_name=_("category"), on_delete=models.CASCADE, related_name="+"
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    item_count = models.IntegerField(_("items"))
    latitude_sum = models.FloatField(_("sum of latitudes"))
    longitude_sum = models.FloatField(_("sum of longitudes"))

    class Meta:
        verbose_name = _("map cell")
        verbose_name_plural = _("map cells")
        constraints = [
            models.UniqueConstraint(fields=["level", "x", "y", "category", "status", "kind"], name="map_cell_key")
        ]
        # Cells whose last item left are deleted right away: this index finds them without a scan.
        indexes = [models.Index(fields=["item_count"], condition=Q(item_count=0), name="map_cell_empty")]

    def __str__(self):
        return f"{self.level}/{self.x}/{self.y}: {self.item_count}"
