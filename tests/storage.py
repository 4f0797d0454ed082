"""Test storage for feedback photos."""


def use_photo_storage_from_settings(monkeypatch):
    """The photo field took its storage when the model was defined, so a changed STORAGES setting doesn't reach
    it: point it at the storage the settings name now."""
    from django.core.files.storage import storages

    from feedback_plugin.models import FeedbackPhoto

    monkeypatch.setattr(FeedbackPhoto._meta.get_field("image"), "storage", storages["feedback_photos"])
