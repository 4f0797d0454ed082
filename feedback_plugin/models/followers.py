"""Residents who follow someone else's feedback by e-mail ("this is my issue too")."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .feedback import Feedback


class Follower(models.Model):
    """An e-mail address that gets the replies and status changes of one item. Private: never shown publicly,
    and only ever sent the public version of the item. Updates go only to a confirmed follower: one who opened
    the link e-mailed to the address (double opt-in), so nobody can sign up someone else's address."""

    feedback = models.ForeignKey(
        Feedback, verbose_name=_("feedback"), on_delete=models.CASCADE, related_name="followers"
    )
    email = models.EmailField(_("e-mail"))
    language = models.CharField(_("language"), max_length=10)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)

    class Meta:
        verbose_name = _("follower")
        verbose_name_plural = _("followers")
        constraints = [models.UniqueConstraint(fields=["feedback", "email"], name="unique_follower_per_feedback")]

    def __str__(self):
        return self.email
