from .api_clients import ApiClient, ServiceRequestToken
from .feedback import (
    CLOSED_STATUSES,
    DESCRIPTION_MAX_LENGTH,
    DESCRIPTION_MIN_LENGTH,
    Channel,
    Feedback,
    FeedbackPhoto,
    Kind,
    Publication,
    Status,
    is_closed_status,
)
from .followers import Follower
from .handling import FeedbackEvent, InternalNote, Notification, ReferenceCounter, Reply, ReplyTemplate
from .idempotency import IdempotencyKey
from .map_cells import MapCell
from .rate_limits import RateCounter
from .taxonomy import CategoryQuestion, FeedbackCategory, ResponsibleUnit, ServiceArea

__all__ = [
    "CLOSED_STATUSES",
    "DESCRIPTION_MAX_LENGTH",
    "DESCRIPTION_MIN_LENGTH",
    "ApiClient",
    "CategoryQuestion",
    "Channel",
    "Feedback",
    "FeedbackCategory",
    "FeedbackEvent",
    "FeedbackPhoto",
    "Follower",
    "IdempotencyKey",
    "InternalNote",
    "Kind",
    "MapCell",
    "Notification",
    "Publication",
    "RateCounter",
    "ReferenceCounter",
    "Reply",
    "ReplyTemplate",
    "ResponsibleUnit",
    "ServiceArea",
    "ServiceRequestToken",
    "Status",
    "is_closed_status",
]
