from django.apps import apps

# The FAQ plugin is optional: without it these tests describe nothing that exists, so they are not collected.
if not apps.is_installed("faq_plugin"):
    collect_ignore_glob = ["test_*.py"]
