"""Forum members, topics and posts by the thousand, for query-count tests and the benchmark.

Everything is written with bulk_create, so machina's signals do not run: what they would
keep up to date is set here instead, as they would have set it — each topic's posts count,
first and last post and date, each forum's counts and last post (machina's own
`update_trackers`), each member's posts count (ForumProfile), the rendered Markdown of each
post, and the search entry of each post (forum/search.py) with its index entry.
"""

import random
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from machina.apps.forum.models import Forum
from machina.apps.forum_conversation.models import Post, Topic
from machina.apps.forum_member.models import ForumProfile
from machina.models.fields import render_func
from wagtail.search.backends import get_search_backend

from forum.models import PostSearchEntry
from women_portal.accounts.models import Profile

User = get_user_model()

ARABIC_NAMES = ["نور", "سلمى", "آمنة", "مريم", "خديجة", "فاطمة", "هالة", "سناء", "ريم", "ليلى"]
FRENCH_NAMES = ["Inès", "Sonia", "Amel", "Nadia", "Yasmine", "Leïla", "Rim", "Hajer"]
SUBJECTS = [  # a topic's subject is searched with each of its posts
    "كيف أحصل على بطاقة العلاج المجاني؟",
    "النقل إلى الحقول في الصباح الباكر",
    "التحرش في الفضاء العام: ماذا نفعل؟",
    "قرض صغير لمشروع خياطة",
    "حضور جلسات المجلس البلدي",
    "الأجر الأدنى الفلاحي",
    "حضانة الأطفال للأمهات العاملات",
    "التسجيل في برنامج الأمان الاجتماعي",
    "بيع منتوجات الجبل في السوق الأسبوعية",
    "محو الأمية للكبيرات في الريف",
    "الضمان الاجتماعي للعاملات في المنازل",
    "الترشح في الانتخابات البلدية",
    "الماء الصالح للشرب في الدواوير",
    "النفقة بعد الطلاق",
    "منحة الطالبات والسكن الجامعي",
    "تأسيس تعاضدية فلاحية نسائية",
    "العودة إلى الدراسة بعد الزواج",
    "الصحة الإنجابية في المستوصف",
    "Assister à une séance du conseil municipal",
    "Créer une association de quartier",
    "Les droits des travailleuses agricoles",
    "Une amie a besoin d'aide, à qui s'adresser ?",
    "Formation professionnelle au Kef",
    "Monter un dossier de microcrédit",
    "Garde d'enfants pour les mères qui travaillent",
    "Transport scolaire dans les délégations",
]
SENTENCES = [
    "توجهي إلى مكتب النهوض الاجتماعي في معتمديتك ومعك بطاقة التعريف.",
    "الخط الأخضر 1899 مجاني ويعمل ليلا ونهارا لضحايا العنف.",
    "نخرج مع الفجر في شاحنة مكشوفة ولا أحد يسأل عن سلامتنا.",
    "جمعية في الكاف تساعد النساء على إعداد ملف القرض الصغير.",
    "جلسات المجلس البلدي علنية ويمكن لأي مواطنة حضورها.",
    "العنف الاقتصادي أن يأخذ أحد أجرك كل شهر دون رضاك.",
    "سألت في المستشفى الجهوي وقالوا إن الشهادة الطبية تسلم في اليوم نفسه.",
    "أنصح بالذهاب مع صديقة، فالإجراءات تطول أحيانا.",
    "هل يوجد تكوين في الإعلامية للنساء في الفضاء المواطني؟",
    "شكرا على المعلومة، سأذهب يوم الاثنين.",
    "في الدهماني فتحت روضة بلدية بأسعار مناسبة.",
    "أختي في تاجروين تنتظر بطاقة العلاج منذ ثلاثة أشهر.",
    "الأجر اليومي في جني الزيتون لا يتجاوز عشرين دينارا.",
    "يمكن طلب نسخة من محضر الجلسة من مكتب الضبط بالبلدية.",
    "المندوبية الجهوية للمرأة تنظم دورة في التصرف في المشاريع الصغيرة.",
    "لا تمضي على أي وثيقة قبل أن تقرئيها أو يقرأها لك شخص تثقين به.",
    "السوق الأسبوعية في القصور يوم الخميس وفيها مكان للمنتجات المحلية.",
    "الماء ينقطع عندنا في الصيف أياما كاملة.",
    "مركز الصحة الأساسية يفتح صباحا فقط، فاذهبي باكرا.",
    "القانون يضمن للعاملة الفلاحية نقلا آمنا، لكن المراقبة ضعيفة.",
    "التسجيل في محو الأمية مجاني والدروس في المدرسة الابتدائية مساء.",
    "ابنتي تحصلت على المنحة بعد أن قدمت شهادة الدخل.",
    "نحتاج إلى نقل مدرسي للبنات في المناطق الريفية البعيدة.",
    "تعاضدية النساء في نبر تبيع الكسكسي والعولة في المعارض.",
    "صندوق الضمان الاجتماعي له مكتب في الكاف المدينة قرب الولاية.",
    "المحامية في الجمعية تستقبل النساء مجانا كل أربعاء.",
    "قاضي الأسرة هو الذي يحدد النفقة ويمكن طلب تسبقة منها.",
    "هل من تجربة مع القروض الصغيرة من البنك التونسي للتضامن؟",
    "أعيش وحدي مع أطفالي ولا أعرف من أين أبدأ.",
    "الحافلة إلى ساقية سيدي يوسف لا تمر إلا مرتين في اليوم.",
    "Les séances du conseil municipal sont publiques et l'ordre du jour est affiché.",
    "On peut demander le procès-verbal de la séance à l'accueil de la municipalité.",
    "Le numéro vert 1899 est gratuit et anonyme, même depuis un portable.",
    "L'association propose une permanence juridique chaque mercredi matin.",
    "Pour le microcrédit, il faut une pièce d'identité et un devis du matériel.",
    "Merci pour ces conseils, je vais essayer cette semaine.",
    "La crèche municipale de Dahmani a encore des places en septembre.",
    "Le centre de formation propose la couture, la coiffure et l'informatique.",
    "Les ouvrières agricoles partent souvent avant l'aube, sans assurance.",
    "Il faut s'inscrire à la CNSS pour avoir droit à la retraite.",
    "Quelqu'un connaît-il les horaires du bureau de l'état civil ?",
    "Ma voisine a été candidate aux municipales, elle peut vous conseiller.",
    "Le dossier de bourse se dépose au lycée avant la fin octobre.",
    "Les violences économiques sont aussi reconnues par la loi 58.",
    "Le marché hebdomadaire du Ksour accueille les productrices locales.",
    "J'ai appelé le centre d'écoute, elles ont été très gentilles.",
]
SENTENCES_PER_POST = (2, 3)  # sentences in a post
DISTINCT_POSTS = 5000  # different texts, each rendered once, then used again


@dataclass
class Written:
    members: list
    topics: list
    posts: int


def add_members(count: int, prefix: str = "bulk") -> list:
    """Members who cannot log in (no password), each with a pseudonym and a forum profile."""
    password = make_password(None)
    users = User.objects.bulk_create(
        User(username=f"{prefix}-member-{n}", email="", password=password) for n in range(count)
    )
    names = ARABIC_NAMES + FRENCH_NAMES
    Profile.objects.bulk_create(
        Profile(user=user, pseudonym=f"{names[n % len(names)]} {prefix} {n}")
        for n, user in enumerate(users)
    )
    ForumProfile.objects.bulk_create(ForumProfile(user=user) for user in users)
    return users


@contextmanager
def dates_as_given(*models):
    """bulk_create keeps the `created` and `updated` dates set here (auto_now* off)."""
    fields = [
        field
        for model in models
        for field in model._meta.concrete_fields
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)
    ]
    saved = [(field, field.auto_now, field.auto_now_add) for field in fields]
    for field in fields:
        field.auto_now = field.auto_now_add = False
    try:
        yield
    finally:
        for field, auto_now, auto_now_add in saved:
            field.auto_now, field.auto_now_add = auto_now, auto_now_add


def contents(rng: random.Random, count: int):
    """`count` (raw, rendered) Markdown texts of two or three sentences, drawn from a few
    thousand different ones (each rendered once)."""
    texts = []
    for _ in range(min(count, DISTINCT_POSTS)):
        raw = "\n\n".join(rng.sample(SENTENCES, rng.choice(SENTENCES_PER_POST)))
        texts.append((raw, render_func(raw)))
    for _ in range(count):
        yield rng.choice(texts)


@transaction.atomic
def add_topics(
    forums: list,
    sizes: list[int],
    members: list,
    *,
    prefix: str = "bulk",
    seed: int = 1,
    start: datetime | None = None,
) -> Written:
    """One topic per size, in the forums in turn, with that many approved posts by the
    members in turn (so a topic has many different posters). Posts are an hour apart within
    a topic, topics a few hours apart, all before `start` (now by default)."""
    rng = random.Random(seed)
    start = start or timezone.now()
    first_day = start - timedelta(hours=3 * len(sizes) + max(sizes, default=0) + 1)
    topics = []
    for number, size in enumerate(sizes):
        subject = f"{rng.choice(SUBJECTS)} ({prefix} {number})"
        created = first_day + timedelta(hours=3 * number)
        last = created + timedelta(hours=size - 1)
        topics.append(
            Topic(
                forum=forums[number % len(forums)],
                poster=members[number % len(members)],
                subject=subject,
                slug=slugify(subject, allow_unicode=True) or "topic",
                type=Topic.TOPIC_POST,
                status=Topic.TOPIC_UNLOCKED,
                approved=True,
                posts_count=size,
                views_count=rng.randrange(5 * size + 1),
                last_post_on=last,
                created=created,
                updated=last,
            )
        )
    with dates_as_given(Topic, Post):
        topics = Topic.objects.bulk_create(topics, batch_size=500)
        texts = contents(rng, sum(sizes))
        posts = []
        for number, (topic, size) in enumerate(zip(topics, sizes, strict=True)):
            for position in range(size):
                raw, rendered = next(texts)
                when = topic.created + timedelta(hours=position)
                posts.append(
                    Post(
                        topic=topic,
                        poster=members[(number + position) % len(members)],
                        subject=topic.subject if position == 0 else f"Re: {topic.subject}",
                        content=raw,
                        _content_rendered=rendered,
                        approved=True,
                        created=when,
                        updated=when,
                    )
                )
        posts = Post.objects.bulk_create(posts, batch_size=1000)

    by_topic = {}
    for post in posts:
        by_topic.setdefault(post.topic_id, []).append(post)
    for topic in topics:
        topic.first_post = by_topic[topic.pk][0]
        topic.last_post = by_topic[topic.pk][-1]
    Topic.objects.bulk_update(topics, ["first_post", "last_post"], batch_size=500)
    for forum in Forum.objects.filter(pk__in={forum.pk for forum in forums}):
        forum.update_trackers()  # machina's: counts and last post, from the topics

    counts = {}
    for post in posts:
        counts[post.poster_id] = counts.get(post.poster_id, 0) + 1
    profiles = list(ForumProfile.objects.filter(user_id__in=counts))
    for profile in profiles:
        profile.posts_count += counts[profile.user_id]
    ForumProfile.objects.bulk_update(profiles, ["posts_count"], batch_size=500)

    index_posts(posts, topics)
    return Written(members=members, topics=topics, posts=len(posts))


def index_posts(posts: list, topics: list) -> None:
    """The search entries of approved posts (as forum/search.py makes them one by one), and
    their entries in the search backend's index, a thousand at a time."""
    topics = {topic.pk: topic for topic in topics}
    entries = PostSearchEntry.objects.bulk_create(
        (
            PostSearchEntry(
                post=post,
                forum_id=topics[post.topic_id].forum_id,
                subject=topics[post.topic_id].subject,
                text=post.content.raw,
                created=post.created,
            )
            for post in posts
        ),
        batch_size=1000,
    )
    # The texts repeat: each is normalised for the index once (NormalisedSearch's methods),
    # and the entries carry the result instead of normalising it again for every field.
    titles, bodies = {}, {}
    for entry in entries:
        if entry.subject not in titles:
            titles[entry.subject] = entry.search_title()
        if entry.text not in bodies:
            bodies[entry.text] = entry.search_body()
        entry.search_title, entry.search_body = titles[entry.subject], bodies[entry.text]
    backend = get_search_backend()
    for first in range(0, len(entries), 1000):
        backend.add_bulk(PostSearchEntry, entries[first : first + 1000])


def topic_sizes(topics: int, posts: int, largest: int = 60, seed: int = 1) -> list[int]:
    """`topics` sizes between 1 and `largest` adding up to `posts`: mostly short discussions,
    a few long ones; the same every time."""
    assert topics <= posts <= topics * largest
    rng = random.Random(seed)
    sizes = [min(largest, 1 + int(rng.expovariate(1 / 12))) for _ in range(topics)]
    total = sum(sizes)
    while total != posts:
        n = rng.randrange(topics)
        if total < posts and sizes[n] < largest:
            sizes[n] += 1
            total += 1
        elif total > posts and sizes[n] > 1:
            sizes[n] -= 1
            total -= 1
    return sizes
