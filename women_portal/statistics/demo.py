"""Demo statistics: four indicators with real national figures (../shared/data/real-figures.md,
sources cited on each) and eight with sample figures for El Kef, marked as sample data."""

from decimal import Decimal

from home.demo import section_page
from women_portal.core.models import Theme

from .models import Indicator, Observation, StatisticsIndexPage

PAGE = {
    "ar": ("الإحصائيات", "معطيات حول وضع النساء والرجال، قابلة للتنزيل بحرية."),
    "fr": (
        "Statistiques",
        "Des données sur la situation des femmes et des hommes, librement téléchargeables.",
    ),
    "en": ("Statistics", "Figures on the situation of women and men, free to download."),
}

INS_2014 = "https://www.ins.tn/"
REAL = [
    {
        "code": "unemployment-rate",
        "theme": "work",
        "unit": "%",
        "name": ("نسبة البطالة", "Taux de chômage", "Unemployment rate"),
        "source": (
            "المعهد الوطني للإحصاء، التعداد العام للسكان والسكنى 2014",
            "INS, recensement général de la population et de l'habitat 2014",
            "INS, 2014 population and housing census",
        ),
        "url": INS_2014,
        "rows": [
            ("2014", "national", "women", "22.2"),
            ("2014", "national", "men", "11.4"),
            ("2014", "national", "total", "14.8"),
        ],
    },
    {
        "code": "unemployed-persons",
        "theme": "work",
        "unit": "",
        "name": (
            "عدد العاطلين عن العمل (بالآلاف)",
            "Personnes au chômage (milliers)",
            "Unemployed persons (thousands)",
        ),
        "source": (
            "المعهد الوطني للإحصاء، التعداد العام للسكان والسكنى 2014",
            "INS, recensement général de la population et de l'habitat 2014",
            "INS, 2014 population and housing census",
        ),
        "url": INS_2014,
        "rows": [("2014", "national", "women", "268.7"), ("2014", "national", "total", "572.1")],
    },
    {
        "code": "helpline-1899-reports",
        "theme": "protection",
        "unit": "",
        "name": (
            "التبليغات عن العنف على الرقم الأخضر 1899",
            "Signalements de violence au numéro vert 1899",
            "Reports of violence to the 1899 line",
        ),
        "source": (
            "وزارة المرأة والأسرة والطفولة وكبار السن؛ لابراس",
            "Ministère de la Femme, de la Famille, de l'Enfance et des Seniors ; La Presse",
            "Ministry of Women, Family, Children and Seniors; La Presse",
        ),
        "url": "",
        "rows": [
            ("2021", "national", "total", "1225", "January–October 2021"),
            ("2024-H1", "national", "total", "4050", "January–June 2024"),
        ],
    },
    {
        "code": "shelter-beds",
        "theme": "protection",
        "unit": "",
        "name": (
            "أسرّة مراكز إيواء النساء ضحايا العنف",
            "Lits des centres d'hébergement des femmes victimes de violence",
            "Beds in shelters for women victims of violence",
        ),
        "source": ("لابراس، 14 أوت 2024", "La Presse, 14 août 2024", "La Presse, 14 August 2024"),
        "url": "",
        "rows": [("2024", "national", "total", "221", "14 centres")],
    },
]

SAMPLE = [
    (
        "social-aid-households",
        "poverty",
        "%",
        (
            "الأسر المنتفعة بالمساعدة الاجتماعية حسب جنس ربّ الأسرة",
            "Ménages bénéficiant de l'aide sociale, selon le sexe du chef de ménage",
            "Households receiving social aid, by sex of the head of household",
        ),
        (18.0, 9.5),
    ),
    (
        "associations-led",
        "civil-society",
        "",
        (
            "الجمعيات حسب جنس رئاستها",
            "Associations selon le sexe de la présidence",
            "Associations by sex of their president",
        ),
        (24, 61),
    ),
    (
        "union-membership",
        "trade-unions",
        "%",
        ("نسبة الانخراط في النقابات", "Taux de syndicalisation", "Union membership rate"),
        (11.0, 19.0),
    ),
    (
        "monthly-income",
        "economy",
        "TND",
        ("معدّل الدخل الشهري", "Revenu mensuel moyen", "Average monthly income"),
        (520, 760),
    ),
    (
        "literacy-rate",
        "economy",
        "%",
        ("نسبة الإلمام بالقراءة والكتابة", "Taux d'alphabétisation", "Literacy rate"),
        (71.0, 86.0),
    ),
    (
        "farm-workers-insured",
        "work",
        "%",
        (
            "العاملون في الفلاحة المنخرطون في الضمان الاجتماعي",
            "Travailleurs agricoles affiliés à la sécurité sociale",
            "Farm workers registered with social security",
        ),
        (14.0, 31.0),
    ),
    (
        "municipal-councillors",
        "participation",
        "%",
        ("أعضاء المجلس البلدي", "Membres du conseil municipal", "Municipal councillors"),
        (47.0, 53.0),
    ),
    (
        "voter-turnout",
        "participation",
        "%",
        (
            "نسبة المشاركة في الانتخابات البلدية",
            "Participation aux élections municipales",
            "Turnout in municipal elections",
        ),
        (31.0, 36.0),
    ),
]
SAMPLE_YEARS = ["2019", "2020", "2021", "2022", "2023", "2024"]
SAMPLE_SOURCE = ("بيانات تجريبية", "Données d'exemple", "Sample data")


def indicator(code, theme, unit, names, sources, url, is_sample) -> Indicator:
    found = Indicator.objects.filter(code=code).first()
    if found:
        return found
    return Indicator.objects.create(
        code=code,
        theme=Theme.objects.get(key=theme),
        unit=unit,
        name_ar=names[0],
        name_fr=names[1],
        name_en=names[2],
        source_name_ar=sources[0],
        source_name_fr=sources[1],
        source_name_en=sources[2],
        source_url=url,
        is_sample=is_sample,
    )


def observe(target: Indicator, period, geography, sex, value, note="") -> None:
    Observation.objects.get_or_create(
        indicator=target,
        period=period,
        geography=geography,
        sex=sex,
        defaults={"value": Decimal(str(value)), "note": note},
    )


def load_indicators() -> None:
    for spec in REAL:
        target = indicator(
            spec["code"],
            spec["theme"],
            spec["unit"],
            spec["name"],
            spec["source"],
            spec["url"],
            False,
        )
        for period, geography, sex, value, *note in spec["rows"]:
            observe(target, period, geography, sex, value, *note)
    for step, (code, theme, unit, names, (women, men)) in enumerate(SAMPLE):
        target = indicator(code, theme, unit, names, SAMPLE_SOURCE, "", True)
        for i, year in enumerate(SAMPLE_YEARS):
            drift = Decimal(str(round((i - 2.5) * (1 + step % 3) * 0.4, 1)))
            observe(target, year, "municipality", "women", Decimal(str(women)) + drift)
            observe(target, year, "municipality", "men", Decimal(str(men)) + drift / 2)


def load_page() -> None:
    section_page(StatisticsIndexPage, "statistics", PAGE)
