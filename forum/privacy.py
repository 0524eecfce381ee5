from machina.apps.forum_conversation.models import Post


def member_posts(user) -> tuple[str, list[dict]]:
    """Her forum posts, for the data export of women_portal/accounts/privacy.py."""
    posts = Post.objects.filter(poster=user).select_related("topic__forum").order_by("created")
    return "forum_posts", [
        {
            "forum": post.topic.forum.name,
            "topic": post.topic.subject,
            "subject": post.subject,
            "content": post.content.raw,
            "created": post.created.isoformat(),
            "approved": post.approved,
        }
        for post in posts
    ]
