"""The forum tree and who may do what, made sure of after every `migrate`, so a fresh
install is ready: one forum per theme, "Questions and help", "Announcements" (only the
moderators post there). Anyone may read and download attached files; members post and
attach files (checked and cleaned: forum_conversation/forum_attachments/uploads.py); the
"Moderators" group (the staff editor) moderates. A member's first posts wait for a
moderator's approval (trust.py).
"""

from django.contrib.auth.models import Group
from django.utils.translation import gettext_noop
from machina.apps.forum_permission.defaults import PermissionConfig

# key → the forum's stored name, an English text each reader gets in her own language
# ({% translate forum.name %}: template_loader.py and the portal's own forum templates).
NAMES = {
    "poverty": gettext_noop("Poverty"),
    "civil-society": gettext_noop("Civil society"),
    "trade-unions": gettext_noop("Trade unions"),
    "economy": gettext_noop("Economic situation"),
    "protection": gettext_noop("Protection of women"),
    "work": gettext_noop("Women's work"),
    "participation": gettext_noop("Women's participation"),
    "questions": gettext_noop("Questions and help"),
    "announcements": gettext_noop("Announcements"),
}
MODERATORS = "Moderators"  # Wagtail's group, which the staff editor is in


def is_moderator(user) -> bool:
    return user.is_authenticated and user.groups.filter(name=MODERATORS).exists()


READ = ["can_see_forum", "can_read_forum", "can_download_file"]
MEMBER = READ + [
    "can_start_new_topics",
    "can_reply_to_topics",
    "can_edit_own_posts",
    "can_vote_in_polls",
    "can_attach_file",
]
MODERATOR = MEMBER + [
    "can_post_without_approval",
    "can_post_announcements",
    "can_post_stickies",
    "can_lock_topics",
    "can_move_topics",
    "can_edit_posts",
    "can_delete_posts",
    "can_approve_posts",
    "can_reply_to_locked_topics",
    "can_create_polls",
]


def ensure_forums(**kwargs) -> None:
    from machina.apps.forum.models import Forum
    from machina.apps.forum_permission.models import (
        ForumPermission,
        GroupForumPermission,
        UserForumPermission,
    )

    permissions = {
        config["codename"]: ForumPermission.objects.get_or_create(codename=config["codename"])[0]
        for config in PermissionConfig.permissions
    }
    forums = {}
    for key, name in NAMES.items():
        forum = Forum.objects.filter(name=name).first()
        if forum is None:
            forum = Forum.objects.create(name=name, type=Forum.FORUM_POST)
        forums[key] = forum

    def allow(codenames, forum=None, **who):
        for codename in codenames:
            UserForumPermission.objects.get_or_create(
                permission=permissions[codename], forum=forum, **who, defaults={"has_perm": True}
            )

    allow(READ, anonymous_user=True)
    allow(MEMBER, authenticated_user=True)
    for codename in ("can_start_new_topics", "can_reply_to_topics"):
        UserForumPermission.objects.update_or_create(
            permission=permissions[codename],
            forum=forums["announcements"],
            authenticated_user=True,
            defaults={"has_perm": False},
        )
    moderators, _created = Group.objects.get_or_create(name=MODERATORS)
    for forum in forums.values():
        for codename in MODERATOR:
            GroupForumPermission.objects.get_or_create(
                permission=permissions[codename],
                forum=forum,
                group=moderators,
                defaults={"has_perm": True},
            )
