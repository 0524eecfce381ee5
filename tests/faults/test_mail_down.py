"""The mail server is down: the site's SMTP settings point at a closed port. A member who
signs up is kept and told that her confirmation mail is late; moderators' notices wait in
the task queue; when a real SMTP server (aiosmtpd) answers on that port, the queued tasks
deliver them. A mail that keeps failing is retried after each
wait, then given up with an error in the log: never lost without a line."""

import logging
import re
from datetime import timedelta

import pytest
from aiosmtpd.controller import Controller
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from machina.apps.forum.models import Forum
from machina.apps.forum_conversation.models import Post, Topic

from tests.accounts.test_accounts import signup_data
from tests.faults.test_redis_outage import free_port
from tests.forum.test_forum import member
from women_portal.core.mail import send_or_retry

RETRY_MINUTES = (2, 15)


class Inbox:
    """aiosmtpd's handler: what the mail server accepted."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.rcpt_tos, envelope.content.decode()))
        return "250 OK"


@pytest.fixture
def mail_server_down(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = free_port()  # nothing listens there: connection refused
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_TIMEOUT = 2
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.MAIL_RETRY_MINUTES = RETRY_MINUTES
    return settings


def mail_server_up(port: int) -> tuple[Controller, Inbox]:
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    return controller, inbox


def waiting_mails():
    return DBTaskResult.objects.filter(task_path="women_portal.core.mail.deliver_later")


def time_passes() -> None:
    """The waits of the queued mails are over (the test does not wait minutes)."""
    DBTaskResult.objects.filter(status=TaskResultStatus.READY).update(
        run_after=timezone.now() - timedelta(seconds=1)
    )


def run_worker() -> None:
    """What the task worker does with each task that is due, in this test's transaction
    (db_worker's own loop closes the database connection between tasks)."""
    for row in DBTaskResult.objects.ready().order_by("enqueued_at"):
        queued = row.task_result
        row.claim("test")
        row.set_successful(queued.task.call(*queued.args, **queued.kwargs))


def test_a_member_signing_up_is_told_her_mail_is_late_and_gets_it_when_the_server_returns(
    client, homes, mail_server_down, caplog
):
    caplog.set_level(logging.WARNING, logger="women_portal.core.mail")
    page = client.post("/ar/accounts/signup/", signup_data(), follow=True)

    assert page.status_code == 200
    assert get_user_model().objects.filter(email="yasmina@example.org").exists()
    text = page.content.decode()
    assert "لم نتمكّن من إرسال البريد الإلكتروني إليك الآن" in text
    assert "yasmina@example.org" not in caplog.text  # the log names no address
    [queued] = waiting_mails()
    assert queued.status == TaskResultStatus.READY
    wait = queued.run_after - timezone.now()
    assert timedelta(minutes=1) < wait <= timedelta(minutes=RETRY_MINUTES[0])

    controller, inbox = mail_server_up(mail_server_down.EMAIL_PORT)
    try:
        run_worker()  # too early: the wait is not over, nothing is sent
        assert inbox.messages == []
        time_passes()
        run_worker()
    finally:
        controller.stop()

    [(to, content)] = inbox.messages
    assert to == ["yasmina@example.org"]
    link = re.search(r"https?://[^/\s]+(/\S+/accounts/confirm-email/\S+/)", content).group(1)
    assert client.post(link).status_code == 302  # the link she finally got works
    assert get_user_model().objects.get(email="yasmina@example.org").emailaddress_set.get().verified
    assert waiting_mails().get().status == TaskResultStatus.SUCCESSFUL


def test_a_moderators_notice_waits_for_the_mail_server(
    homes, mail_server_down, django_capture_on_commit_callbacks
):
    moderator = member("editor", "المشرفة", "Moderators")
    author = member("amal", "أمل")
    questions = Forum.objects.get(name="Questions and help")
    topic = Topic.objects.create(forum=questions, poster=author, subject="سؤال", type=0, status=0)
    with django_capture_on_commit_callbacks(execute=True):
        Post.objects.create(
            topic=topic, poster=author, subject="سؤال", content="نص", approved=False
        )
    assert Post.objects.filter(topic=topic).exists()  # saved although no mail left

    controller, inbox = mail_server_up(mail_server_down.EMAIL_PORT)
    try:
        time_passes()
        run_worker()
    finally:
        controller.stop()
    [(to, content)] = inbox.messages
    assert to == [moderator.email]
    assert "http" in content and "نص" not in content  # a link, not the post


def test_a_mail_that_keeps_failing_is_retried_after_each_wait_then_given_up_with_an_error(
    db, mail_server_down, caplog
):
    caplog.set_level(logging.INFO, logger="women_portal.core.mail")
    assert not send_or_retry(EmailMessage("Notice", "text", to=["someone@example.org"]))

    for _attempt in RETRY_MINUTES:
        time_passes()
        run_worker()

    attempts = waiting_mails().order_by("enqueued_at")
    assert [task.return_value for task in attempts] == ["not sent, retry queued", "given up"]
    assert not waiting_mails().ready().exists()  # nothing left to try
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(warnings) == 2 and len(errors) == 1  # a line per failure
    assert "gave up" in errors[0].getMessage() and "ConnectionRefusedError" in caplog.text
    assert "someone@example.org" not in caplog.text
