from django.apps import apps

# The bulletin plugin is optional: without it these tests describe nothing that exists, so they are not collected.
if not apps.is_installed("bulletin_plugin"):
    collect_ignore_glob = ["test_*.py"]
