"""API v1 routes of feedback_plugin; citysite/api.py merges this router into the site's one v1 router."""

from rest_framework.routers import DefaultRouter

from .views import CategoryViewSet, FeedbackViewSet

router = DefaultRouter()
router.register("feedback", FeedbackViewSet, basename="feedback")
router.register("categories", CategoryViewSet, basename="category")
