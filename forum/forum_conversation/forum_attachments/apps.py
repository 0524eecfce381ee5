from machina.apps.forum_conversation.forum_attachments.apps import (
    ForumAttachmentsAppConfig as MachinaForumAttachmentsAppConfig,
)


class ForumAttachmentsAppConfig(MachinaForumAttachmentsAppConfig):
    """machina's `forum_attachments` app, overridden (same label) so that a file attached to a
    post is checked and cleaned before anything keeps it (uploads.py): its form, the cache
    that holds files between a preview and sending, and the view that serves them, which
    also asks whether the reader may read the forum and see the post. Models are machina's."""

    default = True  # the module also imports machina's class
    name = "forum.forum_conversation.forum_attachments"
