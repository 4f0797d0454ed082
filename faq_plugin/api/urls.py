from rest_framework.routers import DefaultRouter

from .views import FAQViewSet

# API v1 composes every plugin's router; the composing router owns the API root view.
router = DefaultRouter(trailing_slash=True)
router.include_root_view = False
router.register("faqs", FAQViewSet, basename="faq")
