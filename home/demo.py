"""Demo pages: the home page and the standard pages in Arabic, French and English.

The standard pages' texts are real (what the portal does, how to browse safely); edit them
in the admin before launch. Run by `manage.py load_demo_content`; only adds what is missing.
"""

from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from .models import HomePage, StandardPage


def paragraphs(*texts: str) -> list[tuple[str, RichText]]:
    return [("paragraph", RichText(f"<p>{text}</p>")) for text in texts]


def heading(text: str) -> tuple[str, dict]:
    return ("heading", {"text": text, "level": "h2"})


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
                    "زر «مغادرة الموقع بسرعة» موجود في أعلى كل صفحة. اضغطي عليه، أو اضغطي على مفتاح Escape ثلاث مرات متتالية، فيُفتح موقع عادي مكان هذه الصفحة، ولا يعيدك زر الرجوع إليها.",
                ),
                heading("سجل التصفح"),
                *paragraphs(
                    "يحفظ المتصفح قائمة بالصفحات التي زرتها. يمكنك حذفها من إعدادات المتصفح (السجل ← محو بيانات التصفح)، أو استعمال «التصفح المتخفي» الذي لا يحفظ السجل.",
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
                    "Le bouton « Quitter le site rapidement » est en haut de chaque page. Appuyez dessus, ou appuyez trois fois de suite sur la touche Échap : un site ordinaire remplace cette page et le bouton Retour n'y revient pas.",
                ),
                heading("Historique de navigation"),
                *paragraphs(
                    "Le navigateur garde la liste des pages visitées. Vous pouvez l'effacer dans ses paramètres (Historique → Effacer les données de navigation), ou utiliser la navigation privée, qui ne garde pas d'historique.",
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
                    "The “Leave this site quickly” button is at the top of every page. Press it, or press the Escape key three times in a row: an ordinary site replaces this page and the Back button does not return to it.",
                ),
                heading("Browsing history"),
                *paragraphs(
                    "Your browser keeps a list of the pages you visited. You can clear it in the browser's settings (History → Clear browsing data), or use private browsing, which keeps no history.",
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


def root_node() -> Page:
    """The tree's root, which Wagtail's migrations create (made again if the tables were emptied)."""
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", locale=Locale.get_default()))
    return root


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


def load_home() -> HomePage:
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    home = site.root_page.specific if site else None
    if not isinstance(home, HomePage):
        placeholder = home
        home = HomePage(slug="women-portal", locale=Locale.get_default(), **HOME["ar"])
        root_node().add_child(instance=home)
        home.save_revision().publish()
        if site is None:
            site = Site(hostname="localhost", port=80, is_default_site=True)
        site.root_page = home
        site.save()
        if placeholder is not None:
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
            page = StandardPage(slug=slug, title=title, intro=intro, body=body)
            home.add_child(instance=page)
            page.save_revision().publish()
        for code, (title, intro, body) in texts.items():
            if code != source_code:
                publish_translation(page, code, title=title, intro=intro, body=body)


def load() -> None:
    load_standard_pages(load_home())
