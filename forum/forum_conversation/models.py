from machina.apps.forum_conversation.models import Post, Topic  # noqa: F401 - machina's models
