from django.utils.translation import gettext
from machina.apps.forum_conversation.models import Post, Topic


def member_posts(user) -> tuple[str, list[dict]]:
    """Her forum posts, for the data export of women_portal/accounts/privacy.py."""
    posts = Post.objects.filter(poster=user).select_related("topic__forum").order_by("created")
    return "forum_posts", [
        {
            "forum": gettext(post.topic.forum.name),
            "topic": post.topic.subject,
            "subject": post.subject,
            "content": post.content.raw,
            "created": post.created.isoformat(),
            "approved": post.approved,
        }
        for post in posts
    ]


def withdraw_waiting_posts(user) -> None:
    """When she deletes her account, what she wrote that no reader has seen yet (waiting for
    a moderator) goes with it: nobody can approve it afterwards. Her published posts stay,
    signed "former member"."""
    waiting = Post.objects.filter(poster=user, approved=False)
    Topic.objects.filter(first_post__in=waiting).delete()  # a topic nobody has seen
    for post in waiting:  # one by one, so machina keeps its counters in step
        post.delete()
