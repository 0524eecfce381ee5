"""Demo pages: the home page and the standard pages in Arabic, French and English.

The standard pages' texts are real (what the portal does, how to browse safely); edit them
in the admin before launch. Run by `manage.py load_demo_content`; only adds what is missing.
"""

import json
from datetime import date
from io import BytesIO
from urllib.parse import urlsplit

from django.conf import settings
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from women_portal.core.models import Helpline, Theme

from .demo_articles import ARTICLES, THEMES
from .models import ArticlePage, HomeFeaturedArticle, HomePage, StandardPage, ThemePage


def block(kind: str, value) -> dict:
    return {"type": kind, "value": value}


def paragraphs(*texts: str) -> list[dict]:
    return [block("paragraph", f"<p>{text}</p>") for text in texts]


def heading(text: str) -> dict:
    return block("heading", {"text": text, "level": "h2"})


HOME = {
    "ar": {
        "title": "بوابة المرأة",
        "hero_message": "فضاء لنساء الكاف: معلومات موثوقة، مكتبة رقمية، منتدى للنقاش، وأرقام الإحصاء والمساعدة.",
    },
    "fr": {
        "title": "Portail des femmes",
        "hero_message": "Un espace pour les femmes du Kef : informations fiables, bibliothèque numérique, forum de discussion, statistiques et numéros d'aide.",
    },
    "en": {
        "title": "Women's Portal",
        "hero_message": "A space for the women of El Kef: reliable information, a digital library, a discussion forum, statistics and helplines.",
    },
}

# slug -> language -> (title, intro, body)
STANDARD_PAGES = {
    "safety": {
        "ar": (
            "كيف تتصفحين بأمان",
            "إذا كنت تخشين أن يعرف أحد أنك زرت هذا الموقع، فهذه بعض الخطوات البسيطة.",
            [
                heading("الخروج السريع"),
                *paragraphs(
                    "زر «مغادرة الموقع بسرعة» موجود في أعلى كل صفحة. اضغطي عليه، أو اضغطي على مفتاح Escape ثلاث مرات متتالية، فيُفتح موقع عادي مكان كل صفحات البوابة التي فتحتها في هذه النافذة: زر الرجوع يعيدك إلى ما كنت فيه قبل البوابة، لا إلى صفحاتها.",
                    "إذا كانت الجافاسكريبت معطّلة في متصفحك، يعيدك زر الرجوع إلى آخر صفحة قرأتها.",
                ),
                heading("ما يبقى في الهاتف أو الحاسوب"),
                *paragraphs(
                    "الخروج السريع لا يمحو سجل المتصفح ولا الملفات التي نزّلتها. تبقى في السجل كل الصفحات التي زرتها، وتبقى الوثائق في مجلد «التنزيلات».",
                    "لمحو السجل: في كروم على أندرويد: ⋮ ← السجل ← محو بيانات التصفح. في سامسونغ إنترنت: ☰ ← السجل ← محو السجل. في فايرفوكس: ☰ ← السجل. في سفاري على آيفون: الإعدادات ← سفاري ← محو السجل وبيانات المواقع. ولمحو الوثائق: تطبيق «الملفات» ← التنزيلات.",
                    "أو استعملي «التصفح المتخفي»، الذي لا يحفظ السجل.",
                    "احذفي فقط ما يخص هذا الموقع إذا كان محو السجل كله يثير الانتباه.",
                ),
                heading("الأجهزة المشتركة"),
                *paragraphs(
                    "على حاسوب أو هاتف يستعمله غيرك، اخرجي من حسابك في المنتدى عند الانتهاء، ولا تسمحي للمتصفح بحفظ كلمة السر.",
                    "في الحاسوب المشترك بفضاء المواطن بالبلدية، اضغطي على «إنهاء جلستي» عند الانتهاء: يُمحى كل ما فعلته.",
                ),
                heading("عند الخطر"),
                *paragraphs(
                    "إذا كنت في خطر، اتصلي بالرقم الأخضر 1899 (مجاني، على مدار الساعة) أو بالشرطة على الرقم 197.",
                ),
            ],
        ),
        "fr": (
            "Naviguer en sécurité",
            "Si vous craignez que quelqu'un sache que vous avez consulté ce site, voici quelques gestes simples.",
            [
                heading("Sortie rapide"),
                *paragraphs(
                    "Le bouton « Quitter le site rapidement » est en haut de chaque page. Appuyez dessus, ou appuyez trois fois de suite sur la touche Échap : un site ordinaire remplace toutes les pages du portail ouvertes dans cet onglet, et le bouton Retour ramène à ce que vous lisiez avant le portail, pas à ses pages.",
                    "Si JavaScript est désactivé dans votre navigateur, le bouton Retour ramène à la dernière page lue.",
                ),
                heading("Ce qui reste sur le téléphone ou l'ordinateur"),
                *paragraphs(
                    "La sortie rapide n'efface ni l'historique du navigateur ni les fichiers téléchargés : toutes les pages visitées restent dans l'historique, et les documents dans le dossier « Téléchargements ».",
                    "Pour effacer l'historique : Chrome sur Android : ⋮ → Historique → Effacer les données de navigation. Samsung Internet : ☰ → Historique → Effacer l'historique. Firefox : ☰ → Historique. Safari sur iPhone : Réglages → Safari → Effacer historique et données de site. Pour les documents : application « Fichiers » → Téléchargements.",
                    "Ou utilisez la navigation privée, qui ne garde pas d'historique.",
                    "Si effacer tout l'historique risque d'attirer l'attention, n'effacez que les pages de ce site.",
                ),
                heading("Appareils partagés"),
                *paragraphs(
                    "Sur un ordinateur ou un téléphone partagé, déconnectez-vous du forum en partant et ne laissez pas le navigateur enregistrer votre mot de passe.",
                    "Sur l'ordinateur partagé de l'espace citoyen de la commune, appuyez sur « Terminer ma session » en partant : tout ce que vous avez fait est effacé.",
                ),
                heading("En cas de danger"),
                *paragraphs(
                    "Si vous êtes en danger, appelez le numéro vert 1899 (gratuit, 24 h/24) ou la police au 197.",
                ),
            ],
        ),
        "en": (
            "Browsing safely",
            "If you are worried that someone could find out that you visited this site, here are a few simple steps.",
            [
                heading("Quick exit"),
                *paragraphs(
                    "The “Leave this site quickly” button is at the top of every page. Press it, or press the Escape key three times in a row: an ordinary site replaces every portal page you opened in this tab, and the Back button leads to what you were reading before the portal, not to its pages.",
                    "If JavaScript is turned off in your browser, the Back button returns to the last page you read.",
                ),
                heading("What stays on the phone or computer"),
                *paragraphs(
                    "The quick exit does not clear the browser's history or the files you downloaded: every page you visited stays in the history, and documents stay in the Downloads folder.",
                    "To clear the history: Chrome on Android: ⋮ → History → Clear browsing data. Samsung Internet: ☰ → History → Clear history. Firefox: ☰ → History. Safari on iPhone: Settings → Safari → Clear History and Website Data. For documents: the Files app → Downloads.",
                    "Or use private browsing, which keeps no history.",
                ),
                heading("Shared devices"),
                *paragraphs(
                    "On a shared computer or phone, log out of the forum when you leave and do not let the browser save your password.",
                ),
                heading("In danger"),
                *paragraphs(
                    "If you are in danger, call the free line 1899 (24 hours a day) or the police on 197."
                ),
            ],
        ),
    },
    "about": {
        "ar": (
            "عن البوابة",
            "بوابة المرأة موقع أنشأته بلدية الكاف تنفيذا للتعهد عدد 17 من خطة عملها في إطار شراكة الحكومة المفتوحة: «وضع موقع واب خاص بالمرأة للاهتمام بها ومشاغلها».",
            paragraphs(
                "تجدين فيه مقالات حول الفقر والمجتمع المدني والنقابات والوضع الاقتصادي وحماية المرأة وعمل المرأة ومشاركتها، ومكتبة رقمية تساهم فيها الجمعيات، ومنتدى للنقاش، ومعطيات إحصائية مفتوحة.",
                "يمكن استعمال البوابة من الهاتف، أو من الحاسوب المشترك بفضاء المواطن بالبلدية بمرافقة عونة.",
            ),
        ),
        "fr": (
            "À propos du portail",
            "Le Portail des femmes est un site créé par la commune du Kef pour tenir l'engagement n° 17 de son plan d'action du Partenariat pour un gouvernement ouvert : « un site web consacré aux femmes et à leurs préoccupations ».",
            paragraphs(
                "Vous y trouverez des articles sur la pauvreté, la société civile, les syndicats, la situation économique, la protection des femmes, le travail et la participation des femmes, une bibliothèque numérique alimentée par les associations, un forum et des données statistiques ouvertes.",
                "Le portail s'utilise depuis un téléphone, ou depuis l'ordinateur partagé de l'espace citoyen de la commune, avec l'aide d'une agente.",
            ),
        ),
    },
    "privacy": {
        "ar": (
            "الخصوصية",
            "نجمع أقل ما يمكن من المعطيات، ولا نبيعها ولا نشاركها.",
            paragraphs(
                "لا يستعمل الموقع أدوات تتبع ولا إحصاء من شركات أخرى، ولا يحمّل خطوطا أو محتوى من مواقع أخرى إلا إذا طلبت ذلك (مثل مشاهدة فيديو).",
                "في المنتدى، لا يظهر إلا الاسم المستعار. لا يظهر بريدك الإلكتروني لأحد، وتُمحى عناوين IP بعد 30 يوما. يمكنك تنزيل معطياتك أو حذف حسابك في أي وقت.",
            ),
        ),
        "fr": (
            "Confidentialité",
            "Nous collectons le moins de données possible, et nous ne les vendons ni ne les partageons.",
            paragraphs(
                "Le site n'utilise aucun outil de suivi ou de mesure d'audience tiers et ne charge ni police ni contenu d'un autre site sans votre demande (par exemple pour regarder une vidéo).",
                "Sur le forum, seul votre pseudonyme apparaît. Votre adresse e-mail n'est montrée à personne et les adresses IP sont effacées après 30 jours. Vous pouvez télécharger vos données ou supprimer votre compte à tout moment.",
            ),
        ),
    },
    "accessibility": {
        "ar": (
            "إمكانية الوصول",
            "نعمل على أن تكون البوابة قابلة للاستعمال من قبل الجميع، وفق معايير WCAG 2.1 في مستوى AA.",
            paragraphs(
                "يمكن التنقل في الموقع بلوحة المفاتيح، وهو يعمل دون جافاسكريبت، وللصور نصوص بديلة. إذا وجدت صعوبة في استعمال صفحة ما، أعلمينا عبر البلدية.",
            ),
        ),
        "fr": (
            "Accessibilité",
            "Nous voulons que le portail soit utilisable par toutes et tous, selon les règles WCAG 2.1 niveau AA.",
            paragraphs(
                "Le site se parcourt au clavier, fonctionne sans JavaScript et ses images ont un texte de remplacement. Si une page vous pose problème, signalez-le à la commune.",
            ),
        ),
    },
    "forum-rules": {
        "ar": (
            "قواعد المنتدى",
            "المنتدى فضاء آمن ولطيف. هذه قواعده.",
            paragraphs(
                "احترمي غيرك: لا شتم ولا تحرش ولا تمييز. لا تنشري معلومات شخصية عنك أو عن غيرك (اسم، عنوان، هاتف، صورة).",
                "تراجع المشرفة أولى مشاركات الأعضاء الجدد قبل نشرها. يمكن الإبلاغ عن أي مشاركة مزعجة، وتُخفى المشاركة التي يبلّغ عنها عدد من العضوات في انتظار مراجعتها.",
            ),
        ),
        "fr": (
            "Règles du forum",
            "Le forum est un espace sûr et bienveillant. Voici ses règles.",
            paragraphs(
                "Respectez les autres : ni insulte, ni harcèlement, ni discrimination. Ne publiez aucune information personnelle sur vous ou sur d'autres (nom, adresse, téléphone, photo).",
                "La modératrice relit les premiers messages des nouveaux membres avant leur publication. Tout message gênant peut être signalé ; un message signalé par plusieurs membres est masqué en attendant son examen.",
            ),
        ),
    },
}


def publish_translation(page: Page, code: str, **fields) -> Page:
    """The page's translation into `code`, created and published if it does not exist yet."""
    locale = Locale.objects.get(language_code=code)
    translated = page.get_translation_or_none(locale)
    if translated is None:
        translated = page.copy_for_translation(locale)
        for name, value in fields.items():
            setattr(translated, name, value)
        translated.save_revision().publish()
    translated.refresh_from_db()
    return translated


def section_page(model, slug: str, texts: dict) -> dict[str, Page]:
    """The home page's child of this SectionPage model (library, statistics, help) in each
    language, created and published where it is missing; `texts`: language → title, intro."""
    home = Site.objects.get(is_default_site=True).root_page.specific
    page = model.objects.child_of(home).first()
    if page is None:
        title, intro = texts["ar"]
        page = model(title=title, intro=intro, slug=slug, show_in_menus=True)
        home.add_child(instance=page)
        page.save_revision().publish()
    pages = {"ar": page}
    for code in ("fr", "en"):
        title, intro = texts[code]
        pages[code] = publish_translation(page, code, title=title, intro=intro)
    return pages


def load_home() -> HomePage:
    site = Site.objects.select_related("root_page").get(is_default_site=True)
    home = site.root_page.specific
    if not isinstance(home, HomePage):
        placeholder = home
        home = HomePage(slug="women-portal", locale=Locale.get_default(), **HOME["ar"])
        Page.get_first_root_node().add_child(instance=home)
        home.save_revision().publish()
        # Full URLs (feed, sitemap, sharing) use the site's address: the one this install runs at.
        address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        site.hostname = address.hostname
        site.port = address.port or (443 if address.scheme == "https" else 80)
        site.root_page = home
        site.save()
        placeholder.delete()  # Wagtail's "Welcome" page, which nothing links to
    for code in ("fr", "en"):
        publish_translation(home, code, **HOME[code])
    return home


def load_standard_pages(home: HomePage) -> None:
    for slug, texts in STANDARD_PAGES.items():
        source_code = next(iter(texts))
        title, intro, body = texts[source_code]
        page = StandardPage.objects.child_of(home).filter(slug=slug).first()
        if page is None:
            page = StandardPage(slug=slug, title=title, intro=intro, body=json.dumps(body))
            home.add_child(instance=page)
            page.save_revision().publish()
        for code, (title, intro, body) in texts.items():
            if code != source_code:
                publish_translation(page, code, title=title, intro=intro, body=json.dumps(body))


DEMO_NOTICE = {
    "ar": "<p><i>نص تجريبي كُتب لعرض البوابة، وليس معلومة رسمية من البلدية.</i></p>",
    "fr": "<p><i>Texte de démonstration écrit pour présenter le portail ; ce n'est pas une information officielle de la commune.</i></p>",
}

# Colours of the theme tiles (static/css/portal.css), for the generated illustrations.
THEME_COLOURS = {
    "poverty": (138, 59, 18),
    "civil-society": (31, 107, 82),
    "trade-unions": (140, 38, 65),
    "economy": (58, 90, 140),
    "protection": (90, 45, 130),
    "work": (107, 90, 20),
    "participation": (29, 95, 120),
}

ILLUSTRATION_ALT = {
    "ar": "رسم تجريدي بألوان محور «{theme}»: دوائر وأشكال متداخلة",
    "fr": "Illustration abstraite aux couleurs du thème « {theme} » : cercles et formes qui se chevauchent",
}

# Real videos and pages, loaded only when a reader clicks (verify before launch).
DOCUMENTARY = {
    "url": "https://www.youtube.com/watch?v=gkjW9PZBRfk",
    "ar": (
        "خطاب إطلاق حملة «هو من أجلها» للمساواة بين الجنسين، هيئة الأمم المتحدة للمرأة (2014)",
        "خطاب في مقر الأمم المتحدة يدعو الرجال إلى المشاركة في الدفاع عن المساواة.",
        "13 دقيقة",
    ),
    "fr": (
        "Discours de lancement de la campagne HeForShe pour l'égalité, ONU Femmes (2014)",
        "Un discours au siège des Nations unies qui invite les hommes à défendre l'égalité.",
        "13 min",
    ),
}
SOCIAL_EMBED = {
    "url": "https://www.facebook.com/unwomen",
    "ar": "صفحة هيئة الأمم المتحدة للمرأة على فيسبوك",
    "fr": "La page Facebook d'ONU Femmes",
}
UNEMPLOYMENT_TABLE = {
    "ar": (
        "نسبة البطالة حسب الجنس (%)، التعداد العام للسكان والسكنى 2014، المعهد الوطني للإحصاء",
        ["الفئة", "نسبة البطالة"],
        ["النساء", "الرجال", "المجموع"],
    ),
    "fr": (
        "Taux de chômage par sexe (%), recensement général de la population et de l'habitat 2014, INS",
        ["Catégorie", "Taux de chômage"],
        ["Femmes", "Hommes", "Ensemble"],
    ),
}
FEATURED_SLUGS = [
    "helpline-1899-and-shelters",
    "law-2017-58-violence-against-women",
    "parity-local-elections",
]


def illustration(key: str):
    """A small abstract picture in the theme's colour, drawn here so no image is downloaded."""
    images = get_image_model()
    title = f"Demo illustration: {key}"
    existing = images.objects.filter(title=title).first()
    if existing:
        return existing
    red, green, blue = THEME_COLOURS[key]
    canvas = PillowImage.new("RGB", (960, 540), (red, green, blue))
    draw = ImageDraw.Draw(canvas)
    seed = sum(map(ord, key))
    for i in range(7):
        x, y = (seed * (i + 3) * 37) % 960, (seed * (i + 5) * 53) % 540
        radius = 60 + (seed * (i + 1)) % 140
        shade = tuple(min(255, c + 30 + 20 * i) for c in (red, green, blue))
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=shade)
    buffer = BytesIO()
    canvas.save(buffer, format="PNG", optimize=True)
    return images.objects.create(title=title, file=ImageFile(buffer, name=f"demo-{key}.png"))


def load_themes(home: HomePage) -> dict[str, ThemePage]:
    pages = {}
    for theme in Theme.objects.all():
        texts = THEMES[theme.key]
        page = ThemePage.objects.child_of(home).filter(theme=theme).first()
        if page is None:
            title, intro = texts["ar"]
            page = ThemePage(
                title=title, intro=intro, slug=theme.key, theme=theme, show_in_menus=True
            )
            home.add_child(instance=page)
            page.save_revision().publish()
        for code in ("fr", "en"):
            title, intro = texts[code]
            publish_translation(page, code, title=title, intro=intro)
        pages[theme.key] = page
    return pages


def article_body(article: dict, code: str, extra: list[dict]) -> str:
    blocks = [block("paragraph", DEMO_NOTICE[code])]
    for kind, text in article[code]["body"]:
        blocks += [heading(text)] if kind == "heading" else paragraphs(text)
    return json.dumps(blocks + extra)


def extra_blocks(slug: str, code: str) -> list[dict]:
    """The richer blocks a few articles show: a documentary, a social embed, a table, a helpline."""
    if slug == "parity-local-elections":
        title, description, duration = DOCUMENTARY[code]
        return [
            block(
                "video",
                {
                    "url": DOCUMENTARY["url"],
                    "title": title,
                    "description": description,
                    "duration": duration,
                    "transcript": "",
                },
            )
        ]
    if slug == "share-documents-portal-library":
        return [block("embed", {"url": SOCIAL_EMBED["url"], "title": SOCIAL_EMBED[code]})]
    if slug == "el-kef-economy-overview":
        caption, headings, rows = UNEMPLOYMENT_TABLE[code]
        values = ["22.2", "11.4", "14.8"]
        return [
            block(
                "table",
                {
                    "caption": caption,
                    "table": {
                        "columns": [
                            {"type": "text", "heading": headings[0]},
                            {"type": "number", "heading": headings[1]},
                        ],
                        "rows": [
                            {"values": [row, value]}
                            for row, value in zip(rows, values, strict=True)
                        ],
                    },
                },
            )
        ]
    if slug.startswith(("helpline-1899", "law-2017-58", "medical-certificate")):
        line = Helpline.objects.live().filter(number="1899", locale=Locale.get_default()).first()
        message = {
            "ar": "إذا كنت في خطر، اتصلي الآن.",
            "fr": "Si vous êtes en danger, appelez maintenant.",
        }[code]
        return [block("helpline", {"helpline": line.pk, "message": message})] if line else []
    return []


def article_fields(article: dict, code: str, image) -> dict:
    texts = article[code]
    theme_title = THEMES[article["theme"]][code][0]
    return {
        "title": texts["title"],
        "summary": texts["summary"],
        "author": texts["author"],
        "date": date.fromisoformat(article["date"]),
        "hero_image": image,
        "hero_alt": ILLUSTRATION_ALT[code].format(theme=theme_title),
        "body": article_body(article, code, extra_blocks(article["slug"], code)),
    }


def load_articles(theme_pages: dict[str, ThemePage]) -> None:
    for article in ARTICLES:
        theme_page = theme_pages[article["theme"]]
        image = illustration(article["theme"])
        page = ArticlePage.objects.child_of(theme_page).filter(slug=article["slug"]).first()
        if page is None:
            page = ArticlePage(slug=article["slug"], **article_fields(article, "ar", image))
            page.tags.add(*article["ar"]["tags"])
            theme_page.add_child(instance=page)
            page.save_revision().publish()
        if page.get_translation_or_none(Locale.objects.get(language_code="fr")) is None:
            translated = publish_translation(page, "fr", **article_fields(article, "fr", image))
            translated.tags.set(article["fr"]["tags"])
            translated.save_revision().publish()


def load_featured(home: HomePage) -> None:
    for translated_home in home.get_translations(inclusive=True):
        if translated_home.specific.featured_articles.exists():
            continue
        translated_home = translated_home.specific
        for order, slug in enumerate(FEATURED_SLUGS):
            article = ArticlePage.objects.get(slug=slug, locale=home.locale)
            translated_home.featured_articles.add(
                HomeFeaturedArticle(article=article, sort_order=order)
            )
        translated_home.save_revision().publish()


def load() -> None:
    home = load_home()
    load_standard_pages(home)
    load_articles(load_themes(home))
    load_featured(home)
