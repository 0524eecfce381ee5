from machina.apps.forum_member.models import ForumProfile  # noqa: F401 - machina's model
