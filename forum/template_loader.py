"""machina's templates, made accessible as they are loaded (rather than copying a dozen of
them to change a word): confirmation buttons declared with an invalid ARIA role get a real
type, links showing only an icon (icons are not loaded here) get words, and inline styles
the Content-Security-Policy would refuse are dropped, as are links that only work with
machina's scripts."""

import re

from django.core.exceptions import ImproperlyConfigured
from django.template.loaders.filesystem import Loader as FilesystemLoader
from django.utils.translation import gettext_noop
from machina import MACHINA_MAIN_TEMPLATE_DIR

LATEST_POST = gettext_noop("Go to the latest post")  # translated where the template shows it
RSS_FEED = gettext_noop("RSS feed")
NOT_PUBLIC_TOPIC = gettext_noop(
    "Only you and the moderators see this topic until a moderator decides."
)
ATTACH_FILES = gettext_noop("Attach pictures or PDF files (optional)")
FORUM_DESCRIPTION = gettext_noop(
    "The discussions of the forum “%(name)s”, where women of El Kef ask and answer under a "
    "pseudonym."
)  # blocktranslate's form of {{ name }}
FIXES = [
    ('role="submit"', 'type="submit"'),
    # machina's get_permission tag lists the permission handler's methods on every call;
    # forum/templatetags/forum_permissions.py checks the same rule without that cost.
    ("{% load forum_permission_tags %}", "{% load forum_permissions %}"),
    # An inline style, which the Content-Security-Policy refuses, on the moderators' menu.
    (' style="min-width:13rem;"', ""),
    # "Add another file" needs machina's script; every file field a post may carry is shown.
    (
        '<a href="#" id="add_more_attachment" class="btn btn-sm btn-info">'
        '<i class="icon-white icon-plus-sign"></i>&nbsp;{% trans "Add another file" %}</a>',
        "",
    ),
    # A poll's results: a bar drawn with an inline width, which the policy refuses, becomes
    # the browser's own progress bar (styled in portal.css), its figure beside it.
    (
        '<div class="progress">\n'
        '    <div class="progress-bar" role="progressbar" '
        'aria-valuenow="{{ option.percentage|floatformat }}" aria-valuemin="0" '
        'aria-valuemax="100" style="width: {{ option.percentage|stringformat:"f" }}%;">\n'
        "      {{ option.percentage|floatformat }}%\n"
        "    </div>\n"
        "  </div>",
        '<progress class="poll-result" max="100" '
        'value="{{ option.percentage|stringformat:"f" }}" aria-label="{{ option.text }}">'
        "</progress> {{ option.percentage|floatformat }}%",
    ),
    (
        '<i class="fas fa-arrow-circle-right "></i></a>',
        '<i class="fas fa-arrow-circle-right "></i>'
        f'<span class="latest-post">{{% trans "{LATEST_POST}" %}}</span></a>',
    ),
    # The feed's link showed only an icon (not loaded here): a link of no size. Its words.
    (
        """title="{% trans 'RSS feed' %}"><i class="fas fa-rss-square"></i></a>""",
        f'>{{% trans "{RSS_FEED}" %}}</a>',
    ),
]

# A forum's name is an English text each reader gets in her own language (forum/setup.py).
FIXES += [
    (f"{{{{ {name} }}}}", f"{{% translate {name} %}}")
    for name in ("forum.name", "node.obj.name", "post.topic.forum.name")
] + [("{{\xa0ancestor.name }}", "{% translate ancestor.name %}")]  # machina's no-break space

# Headings one level up: machina titles its cards <h3> and its posts <h4> right under the
# page's <h1>, skipping a level (our own topic page already uses <h2> for posts).
FIXES += [("<h3", "<h2"), ("</h3>", "</h2>"), ("<h4", "<h3"), ("</h4>", "</h3>")]
# A page of machina's with no <h1> (a confirmation: "Approve post", "Delete topic"…): its
# card's title is the page's title.
CARD_TITLE = re.compile(r'<h2( class="m-0 (?:card-title h5|h5 card-title)">.*?)</h2>')
# Confirmations post to their own address: an empty action is invalid HTML, none is right.
FIXES += [('<form action="" method="post">', '<form method="post">')]

# Fixes of one template only.
TEMPLATE_FIXES = {
    # The post waiting for a decision, under the page's <h1>: its subject is a section.
    "forum_moderation/moderation_queue/detail.html": [
        ("<h4>{{ post.subject }}</h4>", "<h2>{{ post.subject }}</h2>"),
    ],
    # Files are optional: folded away until she wants them (open when one is there or
    # refused); a row with no file yet has nothing to delete.
    # The title is the formset's own summary now.
    "forum_conversation/partials/post_form.html": [
        ('<p class="lead attachments-title">{% trans "Attachments" %}</p>', ""),
    ],
    "forum_conversation/forum_attachments/attachment_formset.html": [
        (
            "{{ attachment_formset.management_form }}\n",
            "{{ attachment_formset.management_form }}\n"
            '<details class="attachments"{% if attachment_formset.total_error_count or '
            "attachment_formset.initial_form_count %} open{% endif %}>"
            f'<summary>{{% trans "{ATTACH_FILES}" %}}</summary>\n',
        ),
        ("{% endfor %}\n<a", "{% endfor %}\n</details><a"),
        (
            "{% if field.name == 'DELETE' %}\n",
            "{% if field.name == 'DELETE' %}{% if form.instance.pk %}\n",
        ),
        (
            "    </div>\n    {% elif field.name == 'file' %}",
            "    </div>{% endif %}\n    {% elif field.name == 'file' %}",
        ),
    ],
    "forum/forum_detail.html": [
        (
            "{% block sub_title %}{{ forum.name }}{% endblock sub_title %}",
            "{% block sub_title %}{{ forum.name }}{% endblock sub_title %}"
            "{% block description %}{% translate forum.name as name %}"
            f'<meta name="description" content="{{% blocktranslate %}}{FORUM_DESCRIPTION.replace("%(name)s", "{{ name }}")}'
            '{% endblocktranslate %}">{% endblock description %}',
        ),
    ],
    "partials/breadcrumb.html": [
        (
            "{% load i18n %}",
            "{% load i18n portal %}",
        ),
        (
            'topic.slug topic.id %}">{{ topic.subject }}</a>',
            'topic.slug topic.id %}"{{ topic.subject|in_its_language }}>{{ topic.subject }}</a>',
        ),
    ],
    "forum_feeds/topics_title.html": [
        ("{{ obj.forum.name }}", "{% load i18n %}{% translate obj.forum.name %}"),
    ],
    # A list of topics is rendered once per change of the forum and per set of unread
    # topics (pagecache's cached parts; the view counts shown wait for the next change).
    "forum_conversation/topic_list.html": [
        (
            "{% load forum_tracking_tags %}\n",
            "{% load forum_tracking_tags %}\n{% load pagecache forum_lists portal %}\n",
        ),
        (
            "      {% for topic in topics %}\n",
            '      {% topic_rows_key as rows_key %}{% cachedpart "topic-rows" rows_key %}'
            "{% for topic in topics %}\n",
        ),
        (
            "      {% endfor %}\n      </div>",
            "      {% endfor %}{% endcachedpart %}\n      </div>",
        ),
        # Her own topic that readers do not see (forum/views.py ForumView) says so.
        # A title in another language than the page's keeps its own (core/text_language.py).
        (
            'class="topic-name-link">{{ topic.subject }}</a>',
            'class="topic-name-link"{{ topic.subject|in_its_language }}>{{ topic.subject }}</a>',
        ),
        (
            "{% if topic.is_locked %}",
            '{% if not topic.approved %}<p class="notice post-state">{% translate '
            f'"{NOT_PUBLIC_TOPIC}" %}}</p>{{% endif %}}{{% if topic.is_locked %}}',
        ),
    ],
}


class Loader(FilesystemLoader):
    def get_contents(self, origin):
        contents = super().get_contents(origin)
        if origin.name.startswith(str(MACHINA_MAIN_TEMPLATE_DIR)):
            # One template's fixes first: they find machina's own text.
            for old, new in TEMPLATE_FIXES.get(origin.template_name, []):
                if old not in contents:  # machina's template changed: the fix must too
                    raise ImproperlyConfigured(f"{origin.template_name}: {old!r} not found")
                contents = contents.replace(old, new)
            for old, new in FIXES:
                contents = contents.replace(old, new)
            if "board_base.html" in contents.partition("\n")[0] and "<h1" not in contents:
                contents = CARD_TITLE.sub(r"<h1\1</h1>", contents, count=1)
        return contents
