from django_tasks import task

from .models import Notification
from .notifications import deliver


@task()
def send_notification(notification_id):
    notification = Notification.objects.select_related("feedback__category", "reply").filter(pk=notification_id)
    notification = notification.first()
    if notification is not None:
        deliver(notification)
