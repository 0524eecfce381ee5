import pytest
from machina.apps.forum.models import Forum
from machina.apps.forum_conversation.models import Post, Topic

from tests.forum.test_forum import member


@pytest.fixture
def post(db):
    forum = Forum.objects.get(name="Questions and help")
    author = member("author", "الكاتبة")
    topic = Topic.objects.create(
        forum=forum, poster=author, subject="موضوع مبلغ عنه", type=0, status=0
    )
    return Post.objects.create(
        topic=topic, poster=author, subject="موضوع مبلغ عنه", content="رقم هاتفها هو ..."
    )


@pytest.fixture
def questions(db):
    """The forum everyone may read and members post in (forum/setup.py)."""
    return Forum.objects.get(name="Questions and help")
