from django.apps import apps

# These tests show the FAQ and bulletin plugins inside the feedback form: without both there is nothing to show.
if not (apps.is_installed("faq_plugin") and apps.is_installed("bulletin_plugin")):
    collect_ignore_glob = ["test_*.py"]
