"""Demo forum: a few members (who cannot log in: no password), topics in Arabic and French,
and one post waiting for a moderator. The texts are demo texts (they say so)."""

from django.contrib.auth import get_user_model
from machina.apps.forum.models import Forum
from machina.apps.forum_conversation.models import Post, Topic

from women_portal.accounts.models import Profile

from .setup import NAMES

MEMBERS = {"demo-nour": "نور", "demo-salma": "سلمى", "demo-ines": "Inès"}
# forum key, author, subject, [(author, text), ...], approved
TOPICS = [
    (
        "questions",
        "demo-nour",
        "كيف أحصل على بطاقة العلاج المجاني؟",
        [
            (
                "demo-nour",
                "أعيش في الكاف مع أطفالي الثلاثة ودخلي ضعيف. من أين أبدأ لطلب بطاقة العلاج المجاني؟ (نص تجريبي)",
            ),
            (
                "demo-salma",
                "توجهي إلى مكتب النهوض الاجتماعي في معتمديتك ومعك بطاقة التعريف ومضامين ولادة الأطفال. اسألي عن برنامج الأمان الاجتماعي أيضا. (نص تجريبي)",
            ),
        ],
        True,
    ),
    (
        "work",
        "demo-salma",
        "النقل إلى الحقول في الصباح الباكر",
        [
            (
                "demo-salma",
                "نخرج مع الفجر في شاحنة مكشوفة. هل هناك جمعية في الكاف تساعد العاملات في الفلاحة على المطالبة بنقل آمن؟ (نص تجريبي)",
            ),
        ],
        True,
    ),
    (
        "participation",
        "demo-ines",
        "Assister à une séance du conseil municipal",
        [
            (
                "demo-ines",
                "Les séances du conseil municipal sont publiques. Quelqu'un sait-il où l'ordre du jour est affiché avant la séance ? (texte de démonstration)",
            ),
            (
                "demo-nour",
                "Il est affiché à l'entrée de la municipalité et publié sur sa page. On peut aussi demander le procès-verbal. (texte de démonstration)",
            ),
        ],
        True,
    ),
    (
        "protection",
        "demo-ines",
        "Une amie a besoin d'aide, à qui s'adresser ?",
        [
            (
                "demo-ines",
                "Une amie subit des violences à la maison. Le numéro vert 1899 est-il vraiment gratuit et anonyme ? (texte de démonstration, en attente de modération)",
            ),
        ],
        False,
    ),
]


def member(username: str, pseudonym: str):
    user, created = get_user_model().objects.get_or_create(
        username=username, defaults={"email": ""}
    )
    if created:
        user.set_unusable_password()
        user.save()
    Profile.objects.get_or_create(user=user, defaults={"pseudonym": pseudonym})
    return user


def load() -> None:
    members = {name: member(name, pseudonym) for name, pseudonym in MEMBERS.items()}
    for key, author, subject, posts, approved in TOPICS:
        if Topic.objects.filter(subject=subject).exists():
            continue
        forum = Forum.objects.get(name=NAMES[key])
        topic = Topic.objects.create(
            forum=forum,
            poster=members[author],
            subject=subject,
            type=Topic.TOPIC_POST,
            status=Topic.TOPIC_UNLOCKED,
            approved=approved,
        )
        for poster, text in posts:
            Post.objects.create(
                topic=topic,
                poster=members[poster],
                subject=subject,
                content=text,
                approved=approved,
            )
