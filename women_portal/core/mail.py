"""The site's e-mails are sent at once; one the mail server does not take is handed to the
task queue, which tries again later (settings.MAIL_RETRY_MINUTES: after each wait, once),
and every failure is logged. A moderator's notice or a member's confirmation is late when
the mail server is down, never lost in silence. The log names no address: it is read on
the server by people who need not know who wrote to the portal."""

import logging
import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.utils import timezone
from django_tasks import default_task_backend, task

logger = logging.getLogger(__name__)

# What a mail server that is down, refuses or drops the connection raises.
MAIL_ERRORS = (OSError, smtplib.SMTPException)


def send_or_retry(message: EmailMessage) -> bool:
    """Send `message` now; if the mail server fails, queue it to be sent later. True when
    it left now, so the person waiting for it can be told when it did not."""
    try:
        message.send()
    except MAIL_ERRORS as error:
        retry_later(as_data(message), attempt=1, error=error)
        return False
    return True


def retry_later(data: dict, attempt: int, error: Exception) -> bool:
    """Queue attempt number `attempt` + 1 after its wait; False when there is none left."""
    delays = settings.MAIL_RETRY_MINUTES
    if attempt > len(delays):
        logger.error(
            "gave up an e-mail (“%s”) after %s attempts: %s",
            data["subject"],
            attempt,
            describe(error),
        )
        return False
    logger.warning(
        "could not send an e-mail (“%s”): %s; trying again in %s minute(s)",
        data["subject"],
        describe(error),
        delays[attempt - 1],
    )
    if not default_task_backend.supports_defer:  # the development server's run at once
        logger.warning("e-mails are not retried here: the task backend cannot wait")
        return False
    wait = timedelta(minutes=delays[attempt - 1])
    deliver_later.using(run_after=timezone.now() + wait).enqueue(data, attempt)
    return True


@task()
def deliver_later(data: dict, attempt: int) -> str:
    """Not raised: the traceback the queue would keep may quote the addresses."""
    try:
        from_data(data).send()
    except MAIL_ERRORS as error:
        return "not sent, retry queued" if retry_later(data, attempt + 1, error) else "given up"
    logger.info("sent an e-mail (“%s”) at attempt %s", data["subject"], attempt + 1)
    return "sent"


def describe(error: Exception) -> str:
    """The failure without the addresses an SMTP reply may quote."""
    code = getattr(error, "smtp_code", None) or getattr(error, "errno", None)
    return f"{type(error).__name__} {code}" if code else type(error).__name__


def as_data(message: EmailMessage) -> dict:
    """What the task queue stores (JSON): attachments are not kept, the site sends none."""
    return {
        "subject": message.subject,
        "body": message.body,
        "from_email": message.from_email,
        "to": message.to,
        "headers": message.extra_headers,
        "alternatives": [list(part) for part in getattr(message, "alternatives", [])],
    }


def from_data(data: dict) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        data["subject"], data["body"], data["from_email"], data["to"], headers=data["headers"]
    )
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    return message
