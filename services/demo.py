"""Demo directory: the help page in every language and sample services, one per kind of help
and spread over several delegations. Every service here is sample data and says so; the
national lines shown first are the site's real helplines (women_portal/core/demo.py)."""

import datetime

from home.demo import publish_translation, section_page

from .models import HelpIndexPage, ServiceCategory, ServicePage, ServicePhone, SpokenLanguage

PAGE = {
    "ar": (
        "أين أجد المساعدة",
        "الخطوط الوطنية المجانية أولًا، ثم الخدمات القريبة منك في ولاية الكاف: اختاري نوع "
        "المساعدة والمعتمدية.",
    ),
    "fr": (
        "Où trouver de l'aide",
        "Les lignes nationales gratuites d'abord, puis les services près de chez vous dans le "
        "gouvernorat du Kef : choisissez le type d'aide et la délégation.",
    ),
    "en": (
        "Where to get help",
        "The free national lines first, then the services near you in the governorate of El "
        "Kef: choose the kind of help and the delegation.",
    ),
}

# slug, categories, delegation, phone, (lat, lon) or None, spoken, {language: texts}
# texts: title, summary, address, directions, hours
SERVICES = [
    (
        "listening-centre",
        ["violence", "listening"],
        "kef-est",
        "78 000 001",
        ("36.1742", "8.7049"),
        ["ar", "fr"],
        {
            "ar": (
                "مركز الإنصات والتوجيه للنساء ضحايا العنف",
                "تستمع إليك مختصة وتساعدك على معرفة حقوقك والخطوات الممكنة، دون أن تُلزمي بشيء.",
                "نهج الحبيب بورقيبة، الكاف",
                "قرب دار الثقافة، الطابق الأول",
                "من الاثنين إلى الجمعة، 8:30–16:30",
            ),
            "fr": (
                "Centre d'écoute et d'orientation des femmes victimes de violence",
                "Une spécialiste vous écoute et vous aide à connaître vos droits et les démarches "
                "possibles, sans rien vous imposer.",
                "Avenue Habib Bourguiba, Le Kef",
                "Près de la maison de la culture, premier étage",
                "Du lundi au vendredi, 8 h 30–16 h 30",
            ),
        },
    ),
    (
        "legal-aid",
        ["legal"],
        "kef-ouest",
        "78 000 002",
        None,
        ["ar", "fr"],
        {
            "ar": (
                "مكتب المساعدة القانونية للنساء",
                "محاميات متطوعات يشرحن لك القانون عدد 58 لسنة 2017 ويرافقنك في الإجراءات.",
                "المحكمة الابتدائية بالكاف، مكتب الاستقبال",
                "",
                "الثلاثاء والخميس، 9:00–13:00",
            ),
            "fr": (
                "Bureau d'aide juridique pour les femmes",
                "Des avocates bénévoles vous expliquent la loi n° 58 de 2017 et vous "
                "accompagnent dans les démarches.",
                "Tribunal de première instance du Kef, bureau d'accueil",
                "",
                "Mardi et jeudi, 9 h–13 h",
            ),
        },
    ),
    (
        "reproductive-health",
        ["health"],
        "tajerouine",
        "78 000 003",
        ("35.8917", "8.5528"),
        ["ar"],
        {
            "ar": (
                "مركز الصحة الأساسية – الصحة الإنجابية",
                "متابعة الحمل، تنظيم الأسرة، وفحوص مجانية للنساء.",
                "وسط مدينة تاجروين",
                "خلف المعهد الثانوي",
                "كل الأيام ما عدا الأحد، 8:00–14:00",
            ),
            "fr": (
                "Centre de santé de base – santé reproductive",
                "Suivi de grossesse, planning familial et examens gratuits pour les femmes.",
                "Centre-ville de Tajerouine",
                "Derrière le lycée",
                "Tous les jours sauf le dimanche, 8 h–14 h",
            ),
        },
    ),
    (
        "shelter",
        ["shelter", "violence"],
        "",
        "78 000 004",
        None,
        ["ar", "fr"],
        {
            "ar": (
                "مركز الإيواء المؤقت للنساء وأطفالهن",
                "إيواء آمن ومؤقت للنساء المعرّضات للعنف ولأطفالهن. العنوان لا يُنشر: اتصلي أولًا.",
                "",
                "",
                "على مدار الساعة",
            ),
            "fr": (
                "Centre d'hébergement temporaire pour les femmes et leurs enfants",
                "Un hébergement sûr et temporaire pour les femmes exposées à la violence et "
                "leurs enfants. L'adresse n'est pas publiée : appelez d'abord.",
                "",
                "",
                "24 h/24",
            ),
        },
    ),
    (
        "social-promotion",
        ["social-aid"],
        "sers",
        "78 000 005",
        None,
        ["ar"],
        {
            "ar": (
                "مكتب النهوض الاجتماعي بالسرس",
                "بطاقة العلاج المجاني أو بالتعريفة المنخفضة، والمنح للأسر محدودة الدخل.",
                "معتمدية السرس",
                "",
                "من الاثنين إلى الجمعة، 8:00–15:00",
            ),
            "fr": (
                "Bureau de promotion sociale de Sers",
                "Carnet de soins gratuits ou à tarif réduit, aides aux familles à faible revenu.",
                "Délégation de Sers",
                "",
                "Du lundi au vendredi, 8 h–15 h",
            ),
        },
    ),
    (
        "micro-credit",
        ["work"],
        "nebeur",
        "78 000 006",
        ("36.2953", "8.7667"),
        ["ar", "fr"],
        {
            "ar": (
                "برنامج التكوين والقروض الصغرى للنساء الريفيات",
                "تكوين في التصرف ومشاريع صغيرة، وقروض صغرى لانطلاق نشاط.",
                "دار الجمعيات، نبر",
                "",
                "الأربعاء، 9:00–12:00",
            ),
            "fr": (
                "Formation et micro-crédit pour les femmes rurales",
                "Formation à la gestion de petits projets et micro-crédits pour démarrer une "
                "activité.",
                "Maison des associations, Nebeur",
                "",
                "Mercredi, 9 h–12 h",
            ),
        },
    ),
    (
        "civil-status",
        ["civil-status"],
        "kef-est",
        "78 000 007",
        None,
        ["ar", "fr"],
        {
            "ar": (
                "مكتب الحالة المدنية ببلدية الكاف",
                "مضامين الولادة، عقود الزواج، بطاقة التعريف: ما تحتاجينه لكل إجراء.",
                "بلدية الكاف، الطابق الأرضي",
                "",
                "من الاثنين إلى السبت، 8:00–13:00",
            ),
            "fr": (
                "Bureau d'état civil de la commune du Kef",
                "Extraits de naissance, actes de mariage, carte d'identité : ce qu'il faut pour "
                "chaque démarche.",
                "Commune du Kef, rez-de-chaussée",
                "",
                "Du lundi au samedi, 8 h–13 h",
            ),
        },
    ),
    (
        "employment-office",
        ["work", "legal"],
        "kalaat-senan",
        "78 000 008",
        None,
        ["ar"],
        {
            "ar": (
                "مكتب التشغيل والعمل المستقل بقلعة سنان",
                "عروض الشغل والتكوين، ومعلومات عن حقوق العاملات وعقود العمل.",
                "مركز مدينة قلعة سنان",
                "",
                "من الاثنين إلى الجمعة، 8:00–15:00",
            ),
            "fr": (
                "Bureau de l'emploi et du travail indépendant de Kalaat Senan",
                "Offres d'emploi et de formation, informations sur les droits des travailleuses "
                "et les contrats de travail.",
                "Centre-ville de Kalaat Senan",
                "",
                "Du lundi au vendredi, 8 h–15 h",
            ),
        },
    ),
]
CHECKED = datetime.date(2026, 11, 1)  # the sample data's date


def load() -> None:
    help_page = section_page(HelpIndexPage, "help", PAGE)["ar"]
    for slug, categories, delegation, phone, place, spoken, texts in SERVICES:
        service = ServicePage.objects.child_of(help_page).filter(slug=slug).first()
        if service is None:
            title, summary, address, directions, hours = texts["ar"]
            latitude, longitude = place or (None, None)
            service = ServicePage(
                title=title,
                slug=slug,
                summary=summary,
                delegation=delegation,
                address=address,
                directions=directions,
                hours=hours,
                cost="free",
                latitude=latitude,
                longitude=longitude,
                last_checked=CHECKED,
                is_sample=True,
                children_welcome="yes" if "shelter" in categories else "",
            )
            service.categories.set(ServiceCategory.objects.filter(key__in=categories))
            service.languages.set(SpokenLanguage.objects.filter(code__in=spoken))
            service.phones = [ServicePhone(number=phone)]
            help_page.add_child(instance=service)
            service.save_revision().publish()
        title, summary, address, directions, hours = texts["fr"]
        publish_translation(
            service,
            "fr",
            title=title,
            summary=summary,
            address=address,
            directions=directions,
            hours=hours,
        )
