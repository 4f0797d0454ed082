"""API v1 routes of feedback_plugin, as a router the site merges into its own API v1 router."""

from rest_framework.routers import DefaultRouter

from .views import CategoryViewSet, FeedbackViewSet

router = DefaultRouter()
router.register("feedback", FeedbackViewSet, basename="feedback")
router.register("categories", CategoryViewSet, basename="category")
