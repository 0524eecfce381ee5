"""Demo articles for the seven themes, in Arabic and French (English for theme pages only).

Demo texts written for the portal's demonstration: they are about real topics of each theme,
but they are not official information of the municipality. Figures cite their public source.
"""

# theme key -> language -> (title, introduction)
THEMES = {
    "poverty": {
        "ar": (
            "الفقر",
            "معلومات عملية عن برامج المساعدة الاجتماعية والعلاج المجاني والقروض الصغيرة، وعن الخدمات الأساسية التي تحتاجها النساء في المدن والأرياف.",
        ),
        "fr": (
            "Pauvreté",
            "Des informations pratiques sur les programmes d'aide sociale, les soins gratuits, le microcrédit et les services de base dont les femmes ont besoin, en ville comme à la campagne.",
        ),
        "en": (
            "Poverty",
            "Practical information on social aid programmes, free health care, microcredit and the basic services women need, in town and in the countryside.",
        ),
    },
    "civil-society": {
        "ar": (
            "المجتمع المدني",
            "كيف تؤسسين جمعية، وكيف تتطوعين، وكيف تتقاسم الجمعيات معارفها مع نساء الكاف عبر مكتبة البوابة.",
        ),
        "fr": (
            "Société civile",
            "Comment fonder une association, devenir bénévole, et partager le savoir des associations avec les femmes du Kef grâce à la bibliothèque du portail.",
        ),
        "en": (
            "Civil society",
            "How to found an association, how to volunteer, and how associations can share their knowledge with the women of El Kef through the portal's library.",
        ),
    },
    "trade-unions": {
        "ar": (
            "النقابات",
            "حقوقك النقابية في العمل، ومكانة المرأة في العمل النقابي، وكيف يمكن للنقابة أن تساندك عند الخلاف مع المؤجر.",
        ),
        "fr": (
            "Syndicats",
            "Vos droits syndicaux au travail, la place des femmes dans l'action syndicale, et comment un syndicat peut vous soutenir en cas de conflit avec l'employeur.",
        ),
        "en": (
            "Trade unions",
            "Your union rights at work, the place of women in union action, and how a union can support you in a dispute with your employer.",
        ),
    },
    "economy": {
        "ar": (
            "الوضع الاقتصادي",
            "فهم اقتصاد ولاية الكاف ومكانة النساء فيه: الفلاحة، والمجامع والتعاونيات، وتدبير ميزانية الأسرة في زمن الغلاء.",
        ),
        "fr": (
            "Situation économique",
            "Comprendre l'économie du gouvernorat du Kef et la place des femmes : agriculture, groupements et coopératives, gestion du budget familial quand les prix augmentent.",
        ),
        "en": (
            "Economic situation",
            "Understanding the economy of the El Kef governorate and the place of women in it: agriculture, groups and cooperatives, and managing the family budget as prices rise.",
        ),
    },
    "protection": {
        "ar": (
            "حماية المرأة",
            "ما يقوله القانون عن العنف ضد المرأة، وأين تجدين المساعدة والحماية، وأرقام النجدة المجانية.",
        ),
        "fr": (
            "Protection des femmes",
            "Ce que dit la loi sur les violences faites aux femmes, où trouver aide et protection, et les numéros d'urgence gratuits.",
        ),
        "en": (
            "Protection of women",
            "What the law says about violence against women, where to find help and protection, and the free emergency numbers.",
        ),
    },
    "work": {
        "ar": (
            "عمل المرأة",
            "حقوق العاملات في الفلاحة والمنازل والمؤسسات: النقل الآمن، والتغطية الاجتماعية، وعطلة الأمومة.",
        ),
        "fr": (
            "Travail des femmes",
            "Les droits des travailleuses dans l'agriculture, le travail domestique et les entreprises : transport sûr, protection sociale, congé de maternité.",
        ),
        "en": (
            "Women's work",
            "The rights of women working in agriculture, in homes and in companies: safe transport, social security and maternity leave.",
        ),
    },
    "participation": {
        "ar": (
            "مشاركة المرأة",
            "كيف تشاركين في الحياة العامة المحلية: التناصف في الانتخابات، والميزانية التشاركية، وجلسات المجلس البلدي.",
        ),
        "fr": (
            "Participation des femmes",
            "Comment participer à la vie publique locale : parité dans les élections, budget participatif, séances du conseil municipal.",
        ),
        "en": (
            "Women's participation",
            "How to take part in local public life: parity in elections, participatory budgeting and municipal council sessions.",
        ),
    },
}

# Each article: its theme key, a URL slug (ASCII, lowercase, hyphens, unique across all
# articles), a date (ISO, between 2025-01-01 and 2026-11-20), an author line (a fictional
# demo organisation or "Rédaction du portail"/"تحرير البوابة" style), 2-4 tags per language,
# and per language: title, summary (one or two sentences), body = list of blocks where each
# block is ("heading", "text") or ("paragraph", "text, may contain <b>, <i> only").
ARTICLES = [
    # ----------------------------------------------------------------------------------------
    # Poverty
    # ----------------------------------------------------------------------------------------
    {
        "theme": "poverty",
        "slug": "amen-social-programme",
        "date": "2025-02-10",
        "ar": {
            "title": "برنامج «الأمان الاجتماعي» وبطاقة العلاج: كيف تسجلين؟",
            "summary": "يساند برنامج الأمان الاجتماعي الأسر الفقيرة ومحدودة الدخل بمنح مالية وبحق العلاج. إليك الخطوات والوثائق اللازمة.",
            "author": "تحرير البوابة",
            "tags": ["مساعدة اجتماعية", "الأمان الاجتماعي", "الصحة"],
            "body": [
                (
                    "paragraph",
                    "أُحدث برنامج «الأمان الاجتماعي» بقانون أساسي صدر سنة 2019، ليجمع في إطار واحد برامج مساندة الأسر الفقيرة والأسر محدودة الدخل. ويشمل، حسب وضعية كل أسرة، منحة مالية شهرية، والحق في العلاج المجاني أو بتعريفة منخفضة، ومساعدات أخرى عند الاقتضاء.",
                ),
                ("heading", "بطاقة العلاج"),
                (
                    "paragraph",
                    "هناك صنفان من بطاقات العلاج: <b>بطاقة العلاج المجاني</b> للأسر الفقيرة، و<b>بطاقة العلاج بالتعريفة المنخفضة</b> للأسر محدودة الدخل. تسمح البطاقة بالتداوي في مراكز الصحة الأساسية والمستشفيات العمومية، وتشمل أفراد الأسرة المسجلين فيها. احرصي على تجديدها في الآجال حتى لا ينقطع حقك في العلاج.",
                ),
                ("heading", "كيف تسجلين؟"),
                (
                    "paragraph",
                    "توجهي إلى الوحدة المحلية للنهوض الاجتماعي القريبة من سكنك، واملئي استمارة عن وضعية أسرتك: عدد أفرادها، ودخلها، والسكن، والحالة الصحية. احملي معك بطاقات التعريف الوطنية ومضامين ولادة الأطفال وكل وثيقة تثبت الدخل أو غيابه. قدمي معطيات صحيحة وكاملة، وأعلمي المصالح الاجتماعية بكل تغيير في وضعيتك، واذكري بوضوح إن كنت تعيلين أسرتك بمفردك. وإذا رُفض مطلبك، فمن حقك أن تسألي عن السبب وأن تطلبي إعادة النظر في ملفك.",
                ),
            ],
        },
        "fr": {
            "title": "Le programme « Amen social » et la carte de soins : comment s'inscrire ?",
            "summary": "Le programme Amen social soutient les familles pauvres et à revenu limité par des aides financières et un droit aux soins. Voici les étapes et les documents nécessaires.",
            "author": "Rédaction du portail",
            "tags": ["Aide sociale", "Amen social", "Santé"],
            "body": [
                (
                    "paragraph",
                    "Le programme « Amen social » a été créé par une loi organique adoptée en 2019, pour réunir dans un même cadre les programmes de soutien aux familles pauvres et aux familles à revenu limité. Selon la situation de chaque famille, il comprend une allocation mensuelle, le droit aux soins gratuits ou à tarif réduit, et d'autres aides si nécessaire.",
                ),
                ("heading", "La carte de soins"),
                (
                    "paragraph",
                    "Il existe deux types de cartes : la <b>carte de soins gratuits</b> pour les familles pauvres et la <b>carte de soins à tarif réduit</b> pour les familles à revenu limité. La carte permet de se soigner dans les centres de santé de base et les hôpitaux publics ; elle couvre les membres de la famille qui y sont inscrits. Pensez à la renouveler à temps pour ne pas perdre votre droit aux soins.",
                ),
                ("heading", "Comment s'inscrire ?"),
                (
                    "paragraph",
                    "Adressez-vous à l'unité locale de promotion sociale la plus proche de chez vous et remplissez un formulaire sur la situation de votre famille : nombre de personnes, revenus, logement, état de santé. Apportez les cartes d'identité nationales, les extraits de naissance des enfants et tout document prouvant vos revenus ou leur absence. Donnez des informations exactes et complètes, signalez aux services sociaux tout changement de situation, et dites clairement si vous êtes seule à faire vivre votre famille. Si votre demande est refusée, vous avez le droit d'en connaître la raison et de demander le réexamen de votre dossier.",
                ),
            ],
        },
    },
    {
        "theme": "poverty",
        "slug": "microcredit-small-projects",
        "date": "2025-06-18",
        "ar": {
            "title": "القرض الصغير: خطوة أولى نحو مشروعك الخاص",
            "summary": "تمنح مؤسسات التمويل الصغير قروضا صغيرة لمن يصعب عليهن الحصول على قرض بنكي. هذا ما يجب أن تعرفيه قبل الاقتراض.",
            "author": "تحرير البوابة",
            "tags": ["قرض صغير", "مشروع", "استقلالية مالية"],
            "body": [
                (
                    "paragraph",
                    "تملك نساء كثيرات في الكاف مهارة يمكن أن تصبح مصدر دخل: تربية الماشية والدواجن، وتحويل المنتجات الفلاحية، والخياطة، والحلويات التقليدية. وقد يساعد القرض الصغير على شراء المعدات الأولى أو المواد الأولية. تمنح هذه القروض مؤسسات التمويل الصغير المرخص لها، وكذلك البنك التونسي للتضامن.",
                ),
                ("heading", "قبل أن توقعي"),
                (
                    "paragraph",
                    "اسألي عن الكلفة الجملية للقرض وليس عن القسط الشهري فقط: نسبة الفائدة، والمصاريف، والتأمين. تأكدي أن المؤسسة مرخص لها قانونيا. احسبي بدقة ما سيدره المشروع كل شهر، واتركي هامشا للأشهر الصعبة كالجفاف أو المرض. لا توقعي أي وثيقة لم تفهميها، واطلبي نسخة من العقد.",
                ),
                ("heading", "لا تبقي وحدك"),
                (
                    "paragraph",
                    "تقدم بعض الجمعيات ومراكز التكوين مرافقة مجانية لإعداد دراسة مبسطة للمشروع وتعلم مسك الحسابات. والعمل ضمن مجموعة من النساء، في مجمع أو تعاونية، يسهل شراء المواد وبيع المنتوج. وإذا وجدت صعوبة في سداد الأقساط، فاتصلي بالمؤسسة المقرضة مبكرا لطلب إعادة الجدولة قبل أن تتراكم الديون.",
                ),
            ],
        },
        "fr": {
            "title": "Le microcrédit : un premier pas vers votre propre projet",
            "summary": "Les institutions de microfinance accordent de petits prêts à celles qui obtiennent difficilement un crédit bancaire. Voici ce qu'il faut savoir avant d'emprunter.",
            "author": "Rédaction du portail",
            "tags": ["Microcrédit", "Projet", "Autonomie financière"],
            "body": [
                (
                    "paragraph",
                    "Beaucoup de femmes du Kef ont un savoir-faire qui peut devenir une source de revenus : élevage d'ovins et de volailles, transformation de produits agricoles, couture, pâtisserie traditionnelle. Un microcrédit peut aider à acheter le premier équipement ou les matières premières. Ces prêts sont accordés par les institutions de microfinance agréées ainsi que par la Banque tunisienne de solidarité.",
                ),
                ("heading", "Avant de signer"),
                (
                    "paragraph",
                    "Demandez le coût total du crédit, pas seulement la mensualité : taux d'intérêt, frais, assurance. Vérifiez que l'institution est légalement agréée. Calculez précisément ce que le projet rapportera chaque mois et gardez une marge pour les mois difficiles, comme la sécheresse ou la maladie. Ne signez aucun document que vous n'avez pas compris, et demandez une copie du contrat.",
                ),
                ("heading", "Ne restez pas seule"),
                (
                    "paragraph",
                    "Certaines associations et certains centres de formation proposent un accompagnement gratuit pour préparer une étude simple du projet et apprendre à tenir les comptes. Travailler en groupe avec d'autres femmes, dans un groupement ou une coopérative, facilite l'achat des matières et la vente des produits. Si vous avez du mal à rembourser, contactez tôt l'institution prêteuse pour demander un rééchelonnement avant que les dettes ne s'accumulent.",
                ),
            ],
        },
    },
    {
        "theme": "poverty",
        "slug": "rural-women-drinking-water",
        "date": "2026-03-22",
        "ar": {
            "title": "الماء الصالح للشرب في الأرياف: حق يخفف العبء عن النساء",
            "summary": "في أرياف كثيرة تقضي النساء والفتيات ساعات في جلب الماء. من المسؤول عن توزيعه، وكيف يمكنك التحرك؟",
            "author": "تحرير البوابة",
            "tags": ["الماء", "المرأة الريفية", "الخدمات الأساسية"],
            "body": [
                (
                    "paragraph",
                    "جلب الماء من العين أو البئر أو الصهريج مهمة تقع غالبا على عاتق النساء والفتيات في المناطق الريفية. وهي تستهلك وقتا وجهدا كان يمكن أن يخصص للدراسة أو العمل أو الراحة. كما أن الماء غير المراقب قد يسبب أمراضا، خاصة لدى الأطفال.",
                ),
                ("heading", "من يوزع الماء في الريف؟"),
                (
                    "paragraph",
                    "في المدن، توزع الشركة الوطنية لاستغلال وتوزيع المياه الماء الصالح للشرب. أما في كثير من المناطق الريفية، فتتولى مجامع التنمية في قطاع الفلاحة إدارة شبكات الماء، بمتابعة من المندوبية الجهوية للتنمية الفلاحية. والمجمع هيكل يسيره المنتفعون أنفسهم، ومن حق النساء الانخراط فيه والترشح لهيئته المديرة حتى تُسمع أصواتهن.",
                ),
                ("heading", "ماذا يمكنك أن تفعلي؟"),
                (
                    "paragraph",
                    "إذا انقطع الماء طويلا أو تغير لونه أو طعمه، فأبلغي المجمع أو المندوبية الجهوية للتنمية الفلاحية أو مركز الصحة الأساسية، ويفضل أن يكون ذلك كتابيا مع الاحتفاظ بنسخة من الشكوى. وتكون الشكوى الجماعية التي توقعها عدة أسر أقوى أثرا. وفي انتظار الحل، اغلي الماء المشكوك فيه قبل شربه أو تحضير حليب الأطفال به، واحفظيه في أوان نظيفة ومغطاة.",
                ),
            ],
        },
        "fr": {
            "title": "L'eau potable à la campagne : un droit qui allège la charge des femmes",
            "summary": "Dans de nombreuses zones rurales, femmes et filles passent des heures à chercher de l'eau. Qui est responsable de sa distribution, et comment agir ?",
            "author": "Rédaction du portail",
            "tags": ["Eau", "Femmes rurales", "Services de base"],
            "body": [
                (
                    "paragraph",
                    "Aller chercher l'eau à la source, au puits ou à la citerne est une tâche qui revient souvent aux femmes et aux filles en milieu rural. Elle prend du temps et de l'énergie qui pourraient être consacrés aux études, au travail ou au repos. De plus, une eau non contrôlée peut provoquer des maladies, surtout chez les enfants.",
                ),
                ("heading", "Qui distribue l'eau à la campagne ?"),
                (
                    "paragraph",
                    "En ville, c'est la Société nationale d'exploitation et de distribution des eaux qui distribue l'eau potable. Dans beaucoup de zones rurales, ce sont les groupements de développement agricole qui gèrent les réseaux d'eau, suivis par le commissariat régional au développement agricole. Le groupement est géré par les usagers eux-mêmes, et les femmes ont le droit d'y adhérer et de se présenter à son conseil d'administration pour faire entendre leur voix.",
                ),
                ("heading", "Que pouvez-vous faire ?"),
                (
                    "paragraph",
                    "Si l'eau est coupée longtemps ou si sa couleur ou son goût changent, signalez-le au groupement, au commissariat régional au développement agricole ou au centre de santé de base, de préférence par écrit en gardant une copie de la plainte. Une plainte collective signée par plusieurs familles a plus de poids. En attendant une solution, faites bouillir l'eau douteuse avant de la boire ou de préparer le lait des enfants, et conservez-la dans des récipients propres et couverts.",
                ),
            ],
        },
    },
    # ----------------------------------------------------------------------------------------
    # Civil society
    # ----------------------------------------------------------------------------------------
    {
        "theme": "civil-society",
        "slug": "found-an-association",
        "date": "2025-03-15",
        "ar": {
            "title": "كيف تؤسسين جمعية وفق المرسوم عدد 88 لسنة 2011؟",
            "summary": "يقوم المرسوم عدد 88 لسنة 2011 المنظم للجمعيات على نظام التصريح لا الترخيص. هذه هي الخطوات الأساسية لتأسيس جمعيتك.",
            "author": "تحرير البوابة",
            "tags": ["جمعيات", "المرسوم 88", "تأسيس"],
            "body": [
                (
                    "paragraph",
                    "ترغبين مع صديقاتك في تنظيم أنشطة لفائدة نساء حيك أو قريتك؟ الجمعية إطار قانوني يسمح لكنّ بجمع الموارد وعقد الشراكات والتعريف بمطالبكن. ويقوم المرسوم عدد 88 المؤرخ في 24 سبتمبر 2011 على مبدأ التصريح: لا تحتاج الجمعية إلى ترخيص مسبق من الإدارة.",
                ),
                ("heading", "الخطوات الأساسية"),
                (
                    "paragraph",
                    "<b>أولا</b>، حددن معا أهداف الجمعية واكتبن نظامها الأساسي: الاسم والأهداف والمقر وشروط العضوية وطريقة انتخاب الهيئة المديرة والموارد. <b>ثانيا</b>، يوجه المؤسسون إلى الكاتب العام للحكومة رسالة مضمونة الوصول مع الإعلام بالبلوغ، تتضمن تصريحا بالتأسيس ونسخا من بطاقات تعريف المؤسسين ونظيرين من النظام الأساسي، ويعاين عدل منفذ محتواها. <b>ثالثا</b>، يُنشر إعلان التأسيس بالرائد الرسمي للجمهورية التونسية، فتكتسب الجمعية الشخصية القانونية.",
                ),
                ("heading", "بعد التأسيس"),
                (
                    "paragraph",
                    "احرصن على مسك الدفاتر والحسابات، وعقد الجلسات العامة في مواعيدها، وحفظ محاضرها. وتفرض النصوص على الجمعيات قواعد للشفافية المالية، خاصة عند تلقي تمويل عمومي أو أجنبي. ولأن النصوص المنظمة للجمعيات قد تُراجع، تثبتي دائما من الإجراءات المعمول بها لدى الإدارة المختصة أو لدى محام قبل الشروع في التأسيس.",
                ),
            ],
        },
        "fr": {
            "title": "Comment fonder une association selon le décret-loi n° 2011-88 ?",
            "summary": "Le décret-loi n° 2011-88 sur les associations repose sur un régime de déclaration, et non d'autorisation. Voici les étapes essentielles pour fonder votre association.",
            "author": "Rédaction du portail",
            "tags": ["Associations", "Décret-loi 88", "Création"],
            "body": [
                (
                    "paragraph",
                    "Vous voulez, avec des amies, organiser des activités pour les femmes de votre quartier ou de votre village ? L'association est un cadre légal qui vous permet de réunir des ressources, de nouer des partenariats et de faire connaître vos revendications. Le décret-loi n° 88 du 24 septembre 2011 repose sur le principe de la déclaration : l'association n'a pas besoin d'une autorisation préalable de l'administration.",
                ),
                ("heading", "Les étapes essentielles"),
                (
                    "paragraph",
                    "<b>D'abord</b>, définissez ensemble les objectifs de l'association et rédigez ses statuts : nom, objectifs, siège, conditions d'adhésion, mode d'élection du comité directeur, ressources. <b>Ensuite</b>, les fondateurs envoient au secrétaire général du gouvernement une lettre recommandée avec accusé de réception contenant la déclaration de constitution, des copies des cartes d'identité des fondateurs et deux exemplaires des statuts ; un huissier de justice en constate le contenu. <b>Enfin</b>, une annonce de constitution est publiée au Journal officiel de la République tunisienne, et l'association acquiert la personnalité morale.",
                ),
                ("heading", "Après la création"),
                (
                    "paragraph",
                    "Tenez les registres et la comptabilité, réunissez les assemblées générales aux dates prévues et conservez-en les procès-verbaux. Les textes imposent aux associations des règles de transparence financière, en particulier lorsqu'elles reçoivent un financement public ou étranger. Comme les textes sur les associations peuvent être révisés, vérifiez toujours les procédures en vigueur auprès de l'administration compétente ou d'un avocat avant de vous lancer.",
                ),
            ],
        },
    },
    {
        "theme": "civil-society",
        "slug": "share-documents-portal-library",
        "date": "2025-09-30",
        "ar": {
            "title": "جمعيات الكاف: شاركن وثائقكن في مكتبة البوابة",
            "summary": "تستقبل المكتبة الرقمية للبوابة الأدلة والدراسات والمطويات التي تنتجها الجمعيات لفائدة النساء. هكذا تقترحين وثيقة.",
            "author": "فريق مكتبة البوابة",
            "tags": ["المكتبة الرقمية", "جمعيات", "وثائق"],
            "body": [
                (
                    "paragraph",
                    "أنتجت جمعيات كثيرة أدلة عملية ودراسات ميدانية ومطويات توعوية، لكنها تبقى أحيانا على رفوف المقرات. تجمع المكتبة الرقمية لبوابة المرأة هذه الوثائق في مكان واحد حتى تصل إلى كل امرأة تحتاجها، من هاتفها أو من الحاسوب المشترك بفضاء المواطن بالبلدية.",
                ),
                ("heading", "أي وثائق نقبل؟"),
                (
                    "paragraph",
                    "نرحب بكل وثيقة مفيدة للنساء: أدلة الحقوق والإجراءات، ونتائج الدراسات، وتقارير الأنشطة، والمواد التكوينية، بالعربية أو بالفرنسية. يجب أن تكون الجمعية صاحبة الوثيقة أو حاصلة على إذن بنشرها، وألا تتضمن الوثيقة معطيات شخصية عن المستفيدات، كالأسماء أو الصور، دون موافقتهن.",
                ),
                ("heading", "كيف تقترحين وثيقة؟"),
                (
                    "paragraph",
                    "اتصلي بفريق البوابة عبر البلدية، وقدمي الوثيقة في صيغة PDF خفيفة الحجم إن أمكن، مع عنوانها وتاريخ إصدارها واسم الجمعية وملخص قصير في سطرين أو ثلاثة. يراجع الفريق الوثيقة قبل نشرها، وتبقى الجمعية مسؤولة عن محتواها، ويُذكر اسمها في المكتبة. وإذا أصدرتن طبعة جديدة من دليل ما، فأعلمينا حتى نعوض النسخة القديمة.",
                ),
            ],
        },
        "fr": {
            "title": "Associations du Kef : partagez vos documents dans la bibliothèque du portail",
            "summary": "La bibliothèque numérique du portail accueille les guides, études et dépliants produits par les associations pour les femmes. Voici comment proposer un document.",
            "author": "Équipe de la bibliothèque du portail",
            "tags": ["Bibliothèque numérique", "Associations", "Documents"],
            "body": [
                (
                    "paragraph",
                    "De nombreuses associations ont produit des guides pratiques, des études de terrain et des dépliants de sensibilisation, mais ils restent parfois sur les étagères des locaux. La bibliothèque numérique du Portail des femmes réunit ces documents en un seul endroit, pour qu'ils parviennent à chaque femme qui en a besoin, depuis son téléphone ou depuis l'ordinateur partagé de l'espace citoyen de la commune.",
                ),
                ("heading", "Quels documents acceptons-nous ?"),
                (
                    "paragraph",
                    "Nous accueillons tout document utile aux femmes : guides sur les droits et les démarches, résultats d'études, rapports d'activité, supports de formation, en arabe ou en français. L'association doit être l'autrice du document ou avoir l'autorisation de le publier, et le document ne doit contenir aucune donnée personnelle sur les bénéficiaires, comme des noms ou des photos, sans leur accord.",
                ),
                ("heading", "Comment proposer un document ?"),
                (
                    "paragraph",
                    "Contactez l'équipe du portail par l'intermédiaire de la commune, et remettez le document au format PDF, léger si possible, avec son titre, sa date de publication, le nom de l'association et un court résumé de deux ou trois lignes. L'équipe relit le document avant de le publier ; l'association reste responsable de son contenu, et son nom est indiqué dans la bibliothèque. Si vous publiez une nouvelle édition d'un guide, prévenez-nous afin que nous remplacions l'ancienne version.",
                ),
            ],
        },
    },
    {
        "theme": "civil-society",
        "slug": "volunteering-guide",
        "date": "2025-12-05",
        "ar": {
            "title": "التطوع: وقتك ومهاراتك في خدمة مدينتك",
            "summary": "لا يحتاج التطوع إلى شهادة ولا إلى مال، بل إلى بعض الوقت والرغبة في المساعدة. نصائح لتبدئي وتحمي حقوقك.",
            "author": "تحرير البوابة",
            "tags": ["تطوع", "جمعيات", "مواطنة"],
            "body": [
                (
                    "paragraph",
                    "يمكن لكل امرأة أن تساهم: طالبة تقدم دروس دعم، ومتقاعدة تعلم القراءة والكتابة للكبيرات، وممرضة تشارك في حملة تحسيسية، وربة بيت تساعد في تنظيم تظاهرة. والتطوع يفتح أيضا بابا لاكتساب الخبرة وبناء شبكة علاقات، وقد يفيدك عند البحث عن عمل.",
                ),
                ("heading", "كيف تبدئين؟"),
                (
                    "paragraph",
                    "فكري في الوقت الذي يمكنك تخصيصه فعلا، ساعتين في الأسبوع مثلا، وفي ما تحبين فعله. اتصلي بجمعية تنشط في المجال الذي يهمك، أو بدار الشباب أو المكتبة العمومية في منطقتك، واسألي عن حاجياتهم. واحتفظي بسجل لأنشطتك التطوعية، واطلبي شهادة تطوع في نهاية المهمة.",
                ),
                ("heading", "حقوقك كمتطوعة"),
                (
                    "paragraph",
                    "التطوع عمل بلا أجر، لكنه ليس بلا قواعد. من حقك أن تعرفي بوضوح المهمة المطلوبة منك ومدتها، وأن تعملي في ظروف آمنة، وأن تُعوض مصاريف تنقلك إن أمكن. ولا يجوز أن يتحول التطوع إلى عمل دائم مقنع بلا أجر. وإذا تعرضت لأي تجاوز أو مضايقة، فمن حقك الانسحاب والتبليغ.",
                ),
            ],
        },
        "fr": {
            "title": "Le bénévolat : votre temps et vos compétences au service de votre ville",
            "summary": "Le bénévolat ne demande ni diplôme ni argent, seulement un peu de temps et l'envie d'aider. Quelques conseils pour commencer et protéger vos droits.",
            "author": "Rédaction du portail",
            "tags": ["Bénévolat", "Associations", "Citoyenneté"],
            "body": [
                (
                    "paragraph",
                    "Chaque femme peut apporter sa contribution : une étudiante qui donne des cours de soutien, une retraitée qui apprend à lire et à écrire à des femmes adultes, une infirmière qui participe à une campagne de sensibilisation, une mère au foyer qui aide à organiser une manifestation. Le bénévolat permet aussi d'acquérir de l'expérience et de se constituer un réseau, ce qui peut aider dans la recherche d'un emploi.",
                ),
                ("heading", "Comment commencer ?"),
                (
                    "paragraph",
                    "Réfléchissez au temps que vous pouvez réellement y consacrer, deux heures par semaine par exemple, et à ce que vous aimez faire. Contactez une association active dans le domaine qui vous intéresse, ou la maison des jeunes ou la bibliothèque publique de votre quartier, et demandez quels sont leurs besoins. Gardez une trace de vos activités bénévoles et demandez une attestation de bénévolat à la fin de la mission.",
                ),
                ("heading", "Vos droits de bénévole"),
                (
                    "paragraph",
                    "Le bénévolat est un travail non rémunéré, mais il n'est pas sans règles. Vous avez le droit de connaître clairement la mission qui vous est confiée et sa durée, de travailler dans des conditions sûres et, si possible, d'être remboursée de vos frais de déplacement. Le bénévolat ne doit pas devenir un emploi permanent déguisé et non payé. Si vous subissez un abus ou un harcèlement, vous avez le droit de vous retirer et de le signaler.",
                ),
            ],
        },
    },
    # ----------------------------------------------------------------------------------------
    # Trade unions
    # ----------------------------------------------------------------------------------------
    {
        "theme": "trade-unions",
        "slug": "ugtt-women-workers-committee",
        "date": "2025-05-01",
        "ar": {
            "title": "النساء في الاتحاد العام التونسي للشغل: لجنة المرأة العاملة",
            "summary": "تعمل لجنة المرأة العاملة داخل الاتحاد العام التونسي للشغل على الدفاع عن حقوق العاملات وتشجيع مشاركتهن في الهياكل النقابية.",
            "author": "تحرير البوابة",
            "tags": ["الاتحاد العام التونسي للشغل", "المرأة العاملة", "انخراط"],
            "body": [
                (
                    "paragraph",
                    "الاتحاد العام التونسي للشغل أعرق منظمة نقابية في تونس، ويضم عاملات وعمالا من الوظيفة العمومية والقطاع الخاص. وتعمل داخله لجنة المرأة العاملة، على المستوى الوطني وفي الجهات، على متابعة قضايا العاملات: المساواة في الأجر والترقية، ومكافحة التحرش في أماكن العمل، وظروف عمل النساء في القطاعات الهشة.",
                ),
                ("heading", "لماذا تنخرطين؟"),
                (
                    "paragraph",
                    "الانخراط في نقابة حق يكفله القانون، ولا يجوز أن يكون سببا للتمييز ضدك. النقابة تفاوض من أجل تحسين الأجور وظروف العمل، وتعرفك بحقوقك، وتساندك عند الخلاف مع المؤجر. وكلما ازداد عدد النساء في النقابة وفي هياكلها المسيرة، ازداد حضور مطالبهن في المفاوضات.",
                ),
                ("heading", "كيف تنخرطين؟"),
                (
                    "paragraph",
                    "اسألي زميلاتك وزملاءك عن النقابة الأساسية في مؤسستك. وإن لم توجد، يمكنك الاتصال بالاتحاد الجهوي للشغل بالكاف للسؤال عن النقابة المعنية بقطاعك. يدفع المنخرط معلوما دوريا ويحصل على بطاقة انخراط. وإذا رغبت في دور أكبر، فاسألي عن أنشطة لجنة المرأة العاملة وعن الدورات التكوينية النقابية.",
                ),
            ],
        },
        "fr": {
            "title": "Les femmes à l'UGTT : la commission de la femme travailleuse",
            "summary": "Au sein de l'Union générale tunisienne du travail, la commission de la femme travailleuse défend les droits des travailleuses et encourage leur participation aux structures syndicales.",
            "author": "Rédaction du portail",
            "tags": ["UGTT", "Femme travailleuse", "Adhésion"],
            "body": [
                (
                    "paragraph",
                    "L'Union générale tunisienne du travail (UGTT) est la plus ancienne organisation syndicale du pays ; elle réunit des travailleuses et des travailleurs de la fonction publique et du secteur privé. En son sein, la commission de la femme travailleuse, au niveau national et dans les régions, suit les questions qui concernent les travailleuses : égalité de salaire et de promotion, lutte contre le harcèlement sur le lieu de travail, conditions de travail des femmes dans les secteurs précaires.",
                ),
                ("heading", "Pourquoi adhérer ?"),
                (
                    "paragraph",
                    "L'adhésion à un syndicat est un droit garanti par la loi, et elle ne doit pas être un motif de discrimination contre vous. Le syndicat négocie pour améliorer les salaires et les conditions de travail, vous informe de vos droits et vous soutient en cas de conflit avec l'employeur. Plus les femmes sont nombreuses dans le syndicat et dans ses instances dirigeantes, plus leurs revendications pèsent dans les négociations.",
                ),
                ("heading", "Comment adhérer ?"),
                (
                    "paragraph",
                    "Renseignez-vous auprès de vos collègues sur le syndicat de base de votre entreprise. S'il n'y en a pas, vous pouvez contacter l'union régionale du travail du Kef pour savoir quel syndicat couvre votre secteur. L'adhérent paie une cotisation périodique et reçoit une carte d'adhésion. Si vous souhaitez vous engager davantage, renseignez-vous sur les activités de la commission de la femme travailleuse et sur les formations syndicales.",
                ),
            ],
        },
    },
    {
        "theme": "trade-unions",
        "slug": "agricultural-workers-rights",
        "date": "2025-10-14",
        "ar": {
            "title": "العاملات في الفلاحة: حقوق يجب أن تعرفيها",
            "summary": "العاملات الفلاحيات عماد الإنتاج في الجهة، لكن كثيرات منهن يعملن دون عقد ولا تغطية اجتماعية. هذه حقوقك الأساسية وطرق الدفاع عنها.",
            "author": "تحرير البوابة",
            "tags": ["العاملات الفلاحيات", "الأجر", "تفقدية الشغل"],
            "body": [
                (
                    "paragraph",
                    "في مواسم الحصاد والجني، تعمل نساء كثيرات في الضيعات الفلاحية بولاية الكاف، غالبا دون عقد مكتوب ولا تغطية اجتماعية، وأحيانا بأجر أقل من أجر الرجال عن العمل نفسه.",
                ),
                ("heading", "ما يضمنه القانون"),
                (
                    "paragraph",
                    "العاملة الفلاحية أجيرة تحميها مجلة الشغل. من حقك أن تتقاضي أجرا لا يقل عن <b>الأجر الأدنى الفلاحي المضمون</b> الذي تحدده الدولة، وأن تحصلي على أجر مساو لأجر الرجل عن العمل نفسه، وأن يصرح بك المؤجر لدى الصندوق الوطني للضمان الاجتماعي. ومن حقك أيضا أن تعملي في ظروف تحترم صحتك وسلامتك، وأن تُنقلي إلى مكان العمل في ظروف آمنة.",
                ),
                ("heading", "كيف تحمين حقوقك؟"),
                (
                    "paragraph",
                    "دوني في كراس أيام العمل وساعاته والأجر الذي تقاضيته، واسم المؤجر ومكان الضيعة: هذه المعلومات تفيد عند أي خلاف. ويمكنك التوجه إلى التفقدية الجهوية للشغل أو إلى الاتحاد الجهوي للشغل بالكاف للسؤال عن حقوقك. والعمل الجماعي مع زميلاتك، عبر نقابة أو جمعية، يمنحكن قوة أكبر في التفاوض.",
                ),
            ],
        },
        "fr": {
            "title": "Les ouvrières agricoles : des droits à connaître",
            "summary": "Les ouvrières agricoles sont le pilier de la production dans la région, mais beaucoup travaillent sans contrat ni couverture sociale. Voici vos droits essentiels et comment les défendre.",
            "author": "Rédaction du portail",
            "tags": ["Ouvrières agricoles", "Salaire", "Inspection du travail"],
            "body": [
                (
                    "paragraph",
                    "Pendant les saisons de moisson et de cueillette, de nombreuses femmes travaillent dans les exploitations agricoles du gouvernorat du Kef, souvent sans contrat écrit ni couverture sociale, et parfois pour un salaire inférieur à celui des hommes pour le même travail.",
                ),
                ("heading", "Ce que garantit la loi"),
                (
                    "paragraph",
                    "L'ouvrière agricole est une salariée protégée par le Code du travail. Vous avez le droit de percevoir un salaire au moins égal au <b>salaire minimum agricole garanti</b> fixé par l'État, de recevoir le même salaire qu'un homme pour le même travail, et d'être déclarée par l'employeur à la Caisse nationale de sécurité sociale. Vous avez aussi le droit de travailler dans des conditions qui respectent votre santé et votre sécurité, et d'être transportée au travail dans des conditions sûres.",
                ),
                ("heading", "Comment protéger vos droits ?"),
                (
                    "paragraph",
                    "Notez dans un carnet vos jours et heures de travail, le salaire reçu, le nom de l'employeur et le lieu de l'exploitation : ces informations seront utiles en cas de litige. Vous pouvez vous adresser à l'inspection régionale du travail ou à l'union régionale du travail du Kef pour vous renseigner sur vos droits. Agir collectivement avec vos collègues, dans un syndicat ou une association, vous donne plus de force dans la négociation.",
                ),
            ],
        },
    },
    {
        "theme": "trade-unions",
        "slug": "union-help-workplace-dispute",
        "date": "2026-02-11",
        "ar": {
            "title": "خلاف مع المؤجر؟ كيف يمكن للنقابة أن تساعدك",
            "summary": "أجر غير مدفوع، أو طرد تعسفي، أو تحرش في مكان العمل: لست وحدك. هذه هي المراحل المعتادة لحل نزاع الشغل.",
            "author": "تحرير البوابة",
            "tags": ["نزاع شغلي", "نقابة", "صلح"],
            "body": [
                (
                    "paragraph",
                    "قد تواجه العاملة خلافا مع مؤجرها: تأخير في صرف الأجور، أو ساعات إضافية غير مدفوعة، أو رفض منح عطلة، أو طرد دون سبب جدي. في هذه الحالات، لا تتسرعي ولا توقعي استقالة تحت الضغط قبل أن تستشيري.",
                ),
                ("heading", "المراحل المعتادة"),
                (
                    "paragraph",
                    "<b>أولا</b>، اجمعي الأدلة: عقد الشغل، وبطاقات الخلاص، والرسائل، وأسماء الشهود. <b>ثانيا</b>، اتصلي بالنقابة الأساسية في مؤسستك أو بالاتحاد الجهوي للشغل؛ يمكن للنقابي أن يتحدث مع الإدارة باسمك ويبحث عن حل ودي. <b>ثالثا</b>، إذا فشل الحوار، يمكن عرض الخلاف على تفقدية الشغل التي تسعى إلى الصلح بين الطرفين. <b>رابعا</b>، إذا تعذر الصلح، يمكنك رفع قضية أمام دائرة الشغل، وقد توجهك النقابة إلى محام. اسألي مبكرا عن الآجال القانونية حتى لا يضيع حقك.",
                ),
                ("heading", "في حالة التحرش"),
                (
                    "paragraph",
                    "التحرش الجنسي في مكان العمل جريمة يعاقب عليها القانون، وقد عزز القانون الأساسي عدد 58 لسنة 2017 حماية النساء منه. إضافة إلى النقابة، يمكنك الاتصال بالرقم الأخضر <b>1899</b> للتبليغ والحصول على التوجيه، وهو مجاني ومتاح على مدار الساعة.",
                ),
            ],
        },
        "fr": {
            "title": "Un conflit avec l'employeur ? Comment le syndicat peut vous aider",
            "summary": "Salaire impayé, licenciement abusif, harcèlement au travail : vous n'êtes pas seule. Voici les étapes habituelles pour régler un conflit du travail.",
            "author": "Rédaction du portail",
            "tags": ["Conflit du travail", "Syndicat", "Conciliation"],
            "body": [
                (
                    "paragraph",
                    "Une travailleuse peut se trouver en conflit avec son employeur : retard dans le paiement des salaires, heures supplémentaires non payées, refus d'un congé, licenciement sans motif sérieux. Dans ces situations, ne vous précipitez pas et ne signez pas de démission sous la pression avant d'avoir demandé conseil.",
                ),
                ("heading", "Les étapes habituelles"),
                (
                    "paragraph",
                    "<b>D'abord</b>, rassemblez les preuves : contrat de travail, fiches de paie, messages, noms des témoins. <b>Ensuite</b>, contactez le syndicat de base de votre entreprise ou l'union régionale du travail ; un représentant syndical peut parler à la direction en votre nom et chercher une solution à l'amiable. <b>Puis</b>, si le dialogue échoue, le conflit peut être porté devant l'inspection du travail, qui cherche à concilier les deux parties. <b>Enfin</b>, si la conciliation est impossible, vous pouvez saisir le conseil de prud'hommes, et le syndicat peut vous orienter vers un avocat. Renseignez-vous tôt sur les délais légaux pour ne pas perdre vos droits.",
                ),
                ("heading", "En cas de harcèlement"),
                (
                    "paragraph",
                    "Le harcèlement sexuel au travail est un délit puni par la loi, et la loi organique n° 2017-58 a renforcé la protection des femmes contre ce harcèlement. En plus du syndicat, vous pouvez appeler le numéro vert <b>1899</b> pour signaler les faits et être orientée ; il est gratuit et joignable 24 heures sur 24.",
                ),
            ],
        },
    },
    # ----------------------------------------------------------------------------------------
    # Economy
    # ----------------------------------------------------------------------------------------
    {
        "theme": "economy",
        "slug": "el-kef-economy-overview",
        "date": "2025-04-07",
        "ar": {
            "title": "اقتصاد ولاية الكاف: الموارد والتحديات",
            "summary": "تملك ولاية الكاف أراضي فلاحية واسعة وثروات طبيعية، لكنها تعاني، كغيرها من الجهات الداخلية، من البطالة وضعف الاستثمار.",
            "author": "تحرير البوابة",
            "tags": ["اقتصاد الجهة", "الفلاحة", "البطالة"],
            "body": [
                (
                    "paragraph",
                    "تُعد ولاية الكاف من أهم مناطق زراعة الحبوب في البلاد، من قمح وشعير، إلى جانب تربية الماشية وزراعة الأعلاف والأشجار المثمرة. وتزخر الجهة أيضا بثروات باطنية، منها مكامن الفسفاط في منطقة سراورتان، وبتراث تاريخي وطبيعي يمكن أن يدعم السياحة الداخلية.",
                ),
                ("heading", "البطالة في الجهات الداخلية"),
                (
                    "paragraph",
                    "رغم هذه الموارد، تشكو الجهات الداخلية، ومنها الكاف، من ارتفاع البطالة ومن هجرة الشباب نحو المدن الساحلية والعاصمة. والنساء أكثر تضررا: فحسب التعداد العام للسكان والسكنى لسنة 2014 الذي أنجزه المعهد الوطني للإحصاء، بلغت نسبة البطالة <b>22.2%</b> لدى النساء مقابل <b>11.4%</b> لدى الرجال، و<b>14.8%</b> في المجموع.",
                ),
                ("heading", "ما الفرص المتاحة للنساء؟"),
                (
                    "paragraph",
                    "تفتح الفلاحة وتحويل منتجاتها، كالعسل والأجبان والكسكسي والنباتات العطرية والطبية، مجالات عمل للنساء، خاصة عندما ينتظمن في مجامع وتعاونيات. ويمكن للصناعات التقليدية والسياحة البيئية وخدمات القرب، كرعاية الأطفال والمسنين، أن توفر دخلا أيضا. وتحتاج هذه الأنشطة إلى التكوين والتمويل والطرقات ومسالك التوزيع، وهي مطالب يمكن للنساء إيصالها إلى البلدية والسلط الجهوية.",
                ),
            ],
        },
        "fr": {
            "title": "L'économie du gouvernorat du Kef : ressources et défis",
            "summary": "Le gouvernorat du Kef dispose de vastes terres agricoles et de ressources naturelles, mais il souffre, comme les autres régions de l'intérieur, du chômage et du manque d'investissement.",
            "author": "Rédaction du portail",
            "tags": ["Économie régionale", "Agriculture", "Chômage"],
            "body": [
                (
                    "paragraph",
                    "Le gouvernorat du Kef est l'une des principales régions céréalières du pays (blé et orge), avec aussi l'élevage, les cultures fourragères et l'arboriculture. La région possède également des ressources du sous-sol, dont les gisements de phosphate de Sra Ouertane, ainsi qu'un patrimoine historique et naturel qui peut soutenir le tourisme intérieur.",
                ),
                ("heading", "Le chômage dans les régions de l'intérieur"),
                (
                    "paragraph",
                    "Malgré ces ressources, les régions de l'intérieur, dont le Kef, souffrent d'un chômage élevé et du départ des jeunes vers les villes côtières et la capitale. Les femmes sont les plus touchées : selon le recensement général de la population et de l'habitat de 2014 réalisé par l'Institut national de la statistique, le taux de chômage était de <b>22,2 %</b> chez les femmes contre <b>11,4 %</b> chez les hommes, et de <b>14,8 %</b> au total.",
                ),
                ("heading", "Quelles possibilités pour les femmes ?"),
                (
                    "paragraph",
                    "L'agriculture et la transformation de ses produits, comme le miel, les fromages, le couscous et les plantes aromatiques et médicinales, offrent du travail aux femmes, surtout lorsqu'elles s'organisent en groupements et en coopératives. L'artisanat, l'écotourisme et les services de proximité, comme la garde d'enfants et l'aide aux personnes âgées, peuvent aussi procurer un revenu. Ces activités ont besoin de formation, de financement, de routes et de circuits de distribution : autant de demandes que les femmes peuvent porter auprès de la commune et des autorités régionales.",
                ),
            ],
        },
    },
    {
        "theme": "economy",
        "slug": "rural-women-agricultural-groups",
        "date": "2025-10-15",
        "ar": {
            "title": "المجامع والتعاونيات الفلاحية: قوة النساء الريفيات في العمل المشترك",
            "summary": "عندما تنتظم الفلاحات في مجمع للتنمية أو في شركة تعاونية، يصبح شراء المستلزمات وبيع المنتوج والحصول على المرافقة أسهل.",
            "author": "تحرير البوابة",
            "tags": ["المرأة الريفية", "مجامع التنمية الفلاحية", "تعاونيات"],
            "body": [
                (
                    "paragraph",
                    "تعمل المرأة الريفية كثيرا، لكنها تبيع منتوجها في الغالب بثمن زهيد للوسطاء، لأنها تعمل بمفردها وبكميات صغيرة. والعمل المشترك يغير هذه المعادلة: شراء الأعلاف والبذور بكميات أكبر وبسعر أقل، واستعمال معدات مشتركة، والتفاوض على أسعار أفضل.",
                ),
                ("heading", "صيغتان معروفتان"),
                (
                    "paragraph",
                    "<b>مجامع التنمية في قطاع الفلاحة</b> هياكل يؤسسها الفلاحون والفلاحات في منطقة معينة لخدمة مصلحة مشتركة، كإدارة الماء أو تثمين منتوج محلي، ومنها مجامع نسائية تنشط في تحويل المنتجات الفلاحية. أما <b>الشركات التعاونية للخدمات الفلاحية</b> فتقدم لأعضائها خدمات مثل التزويد بالمستلزمات وتجميع المنتوج وتسويقه. ولكل صيغة نصوصها وإجراءاتها الخاصة.",
                ),
                ("heading", "من أين تبدئين؟"),
                (
                    "paragraph",
                    "توجهي مع مجموعة من النساء المهتمات إلى المندوبية الجهوية للتنمية الفلاحية بالكاف أو إلى خلية الإرشاد الفلاحي في معتمديتك، واسألي عن الصيغة الأنسب لمشروعكن وعن برامج المرافقة والتكوين المتوفرة. واحرصن منذ البداية على قواعد واضحة: من يقرر، وكيف توزع المداخيل، وكيف تُمسك الحسابات. فالثقة والشفافية أساس نجاح كل عمل جماعي.",
                ),
            ],
        },
        "fr": {
            "title": "Groupements et coopératives agricoles : la force du travail en commun pour les femmes rurales",
            "summary": "Lorsque les agricultrices s'organisent en groupement de développement ou en société coopérative, il devient plus facile d'acheter les intrants, de vendre la production et d'être accompagnées.",
            "author": "Rédaction du portail",
            "tags": ["Femmes rurales", "Groupements de développement agricole", "Coopératives"],
            "body": [
                (
                    "paragraph",
                    "La femme rurale travaille beaucoup, mais elle vend souvent sa production à bas prix aux intermédiaires, parce qu'elle travaille seule et en petites quantités. Le travail en commun change la donne : acheter le fourrage et les semences en plus grandes quantités et moins cher, utiliser du matériel partagé, négocier de meilleurs prix.",
                ),
                ("heading", "Deux formes connues"),
                (
                    "paragraph",
                    "Les <b>groupements de développement agricole</b> sont des structures créées par les agriculteurs et agricultrices d'une zone pour servir un intérêt commun, comme la gestion de l'eau ou la valorisation d'un produit local ; certains sont des groupements féminins actifs dans la transformation des produits agricoles. Les <b>sociétés mutuelles de services agricoles</b> offrent à leurs membres des services comme l'approvisionnement en intrants, la collecte et la commercialisation de la production. Chaque forme a ses propres textes et procédures.",
                ),
                ("heading", "Par où commencer ?"),
                (
                    "paragraph",
                    "Rendez-vous avec un groupe de femmes intéressées au commissariat régional au développement agricole du Kef ou à la cellule territoriale de vulgarisation agricole de votre délégation, et demandez quelle forme convient le mieux à votre projet et quels programmes d'accompagnement et de formation existent. Fixez dès le départ des règles claires : qui décide, comment les revenus sont partagés, comment les comptes sont tenus. La confiance et la transparence sont la base de la réussite de tout travail collectif.",
                ),
            ],
        },
    },
    {
        "theme": "economy",
        "slug": "family-budget-cost-of-living",
        "date": "2026-01-20",
        "ar": {
            "title": "غلاء المعيشة: نصائح عملية لتدبير ميزانية الأسرة",
            "summary": "مع ارتفاع الأسعار، يصبح التخطيط الجيد للمصاريف ضروريا. أفكار بسيطة لحماية ميزانية أسرتك ومعرفة حقوقك كمستهلكة.",
            "author": "تحرير البوابة",
            "tags": ["ميزانية الأسرة", "الأسعار", "حقوق المستهلك"],
            "body": [
                (
                    "paragraph",
                    "تتحمل النساء في أغلب الأسر مسؤولية تدبير المصاريف اليومية: الغذاء، والفواتير، ودراسة الأطفال، والعلاج. ومع ارتفاع الأسعار، يصبح لكل دينار حسابه.",
                ),
                ("heading", "خططي قبل أن تشتري"),
                (
                    "paragraph",
                    "دوني كل المداخيل والمصاريف الشهرية في كراس أو في هاتفك، لتعرفي أين يذهب المال. اكتبي قائمة قبل التسوق والتزمي بها، وقارني الأسعار بين المحلات والأسواق الأسبوعية. اشتري الخضر والغلال في موسمها، فهي أرخص وأجود. وخصصي، إن أمكن، مبلغا صغيرا كل شهر للطوارئ، ولو كان رمزيا. وتبادل المعلومات بين الجارات عن الأسعار، أو الشراء الجماعي لبعض المواد، طريقة بسيطة للتوفير.",
                ),
                ("heading", "حقوقك كمستهلكة"),
                (
                    "paragraph",
                    "يجب أن تكون الأسعار معلنة بوضوح، وللمواد المدعمة، كالخبز والسميد والزيت النباتي المدعم، أسعار محددة لا يجوز تجاوزها. وإذا لاحظت احتكارا أو بيعا بأكثر من السعر القانوني أو غشا في الوزن أو في الجودة، يمكنك إعلام الإدارة الجهوية للتجارة بالكاف. كما تقدم منظمات الدفاع عن المستهلك نصائح ومعلومات مفيدة.",
                ),
            ],
        },
        "fr": {
            "title": "Vie chère : conseils pratiques pour gérer le budget familial",
            "summary": "Quand les prix augmentent, bien planifier les dépenses devient indispensable. Des idées simples pour protéger le budget de votre famille et connaître vos droits de consommatrice.",
            "author": "Rédaction du portail",
            "tags": ["Budget familial", "Prix", "Droits des consommateurs"],
            "body": [
                (
                    "paragraph",
                    "Dans la plupart des familles, ce sont les femmes qui gèrent les dépenses quotidiennes : alimentation, factures, scolarité des enfants, soins. Avec la hausse des prix, chaque dinar compte.",
                ),
                ("heading", "Planifiez avant d'acheter"),
                (
                    "paragraph",
                    "Notez tous les revenus et toutes les dépenses du mois dans un carnet ou sur votre téléphone, pour savoir où va l'argent. Faites une liste avant les courses et tenez-vous-y, et comparez les prix entre les magasins et les souks hebdomadaires. Achetez les légumes et les fruits de saison : ils sont moins chers et meilleurs. Et si possible, mettez de côté chaque mois une petite somme pour les imprévus, même modeste. Échanger entre voisines des informations sur les prix, ou acheter certains produits en groupe, est un moyen simple d'économiser.",
                ),
                ("heading", "Vos droits de consommatrice"),
                (
                    "paragraph",
                    "Les prix doivent être clairement affichés, et les produits subventionnés, comme le pain, la semoule et l'huile végétale subventionnée, ont des prix fixés qui ne doivent pas être dépassés. Si vous constatez de la spéculation, une vente au-dessus du prix légal ou une fraude sur le poids ou la qualité, vous pouvez le signaler à la direction régionale du commerce du Kef. Les organisations de défense des consommateurs donnent aussi des conseils et des informations utiles.",
                ),
            ],
        },
    },
    # ----------------------------------------------------------------------------------------
    # Protection
    # ----------------------------------------------------------------------------------------
    {
        "theme": "protection",
        "slug": "law-2017-58-violence-against-women",
        "date": "2025-11-25",
        "ar": {
            "title": "القانون الأساسي عدد 58 لسنة 2017: كيف يحميك من العنف؟",
            "summary": "يعرف القانون المتعلق بالقضاء على العنف ضد المرأة أشكال العنف المختلفة، ويضمن للضحايا الحماية والمرافقة.",
            "author": "تحرير البوابة",
            "tags": ["العنف ضد المرأة", "القانون 58", "قرار الحماية"],
            "body": [
                (
                    "paragraph",
                    "صدر القانون الأساسي عدد 58 لسنة 2017 المؤرخ في 11 أوت 2017 والمتعلق بالقضاء على العنف ضد المرأة، وهو يهدف إلى الوقاية من العنف، وتتبع مرتكبيه ومعاقبتهم، وحماية الضحايا ومرافقتهن. وهو يشمل العنف الذي تتعرض له المرأة في البيت أو العمل أو الشارع أو الفضاء العام.",
                ),
                ("heading", "أشكال العنف التي يشملها القانون"),
                (
                    "paragraph",
                    "<b>العنف المادي</b>: كل اعتداء على الجسد كالضرب والدفع. <b>العنف المعنوي</b>: الشتم والإهانة والتهديد والتحقير والحرمان من الحقوق والحريات. <b>العنف الجنسي</b>: كل فعل أو قول ذي طابع جنسي يُفرض على المرأة دون رضاها. <b>العنف الاقتصادي</b>: حرمان المرأة من مواردها أو أجرها أو التحكم فيهما، أو منعها من العمل أو إجبارها عليه. <b>العنف السياسي</b>: كل فعل يهدف إلى منع المرأة من ممارسة نشاطها السياسي أو الحزبي أو الجمعياتي أو حقوقها وحرياتها الأساسية، على أساس التمييز.",
                ),
                ("heading", "قرار الحماية والمرافقة"),
                (
                    "paragraph",
                    "يمكن للضحية أن تطلب من قاضي الأسرة إصدار <b>قرار حماية</b>، قد يتضمن إبعاد المعتدي عن المسكن ومنعه من الاقتراب من الضحية أو أطفالها أو مكان عملها أو من الاتصال بها. كما أحدث القانون وحدات مختصة في الأمن والحرس الوطني للبحث في جرائم العنف ضد المرأة. وللضحية الحق في الإعانة العدلية وفي المرافقة الصحية والنفسية والاجتماعية.",
                ),
            ],
        },
        "fr": {
            "title": "La loi organique n° 2017-58 : comment vous protège-t-elle contre la violence ?",
            "summary": "La loi relative à l'élimination de la violence à l'égard des femmes définit les différentes formes de violence et garantit aux victimes protection et accompagnement.",
            "author": "Rédaction du portail",
            "tags": ["Violences faites aux femmes", "Loi 58", "Ordonnance de protection"],
            "body": [
                (
                    "paragraph",
                    "La loi organique n° 2017-58 du 11 août 2017, relative à l'élimination de la violence à l'égard des femmes, vise à prévenir la violence, à poursuivre et punir ses auteurs, et à protéger et accompagner les victimes. Elle couvre la violence subie par les femmes à la maison, au travail, dans la rue ou dans l'espace public.",
                ),
                ("heading", "Les formes de violence couvertes par la loi"),
                (
                    "paragraph",
                    "<b>La violence physique</b> : toute atteinte au corps, comme les coups ou les bousculades. <b>La violence morale</b> : insultes, humiliations, menaces, mépris, privation des droits et libertés. <b>La violence sexuelle</b> : tout acte ou propos à caractère sexuel imposé à une femme sans son consentement. <b>La violence économique</b> : priver une femme de ses ressources ou de son salaire ou les contrôler, lui interdire de travailler ou l'y forcer. <b>La violence politique</b> : tout acte visant à empêcher une femme d'exercer une activité politique, partisane ou associative, ou ses droits et libertés fondamentaux, sur une base discriminatoire.",
                ),
                ("heading", "Ordonnance de protection et accompagnement"),
                (
                    "paragraph",
                    "La victime peut demander au juge de la famille une <b>ordonnance de protection</b>, qui peut prévoir l'éloignement de l'agresseur du domicile et lui interdire d'approcher la victime, ses enfants ou son lieu de travail, ou de la contacter. La loi a aussi créé, dans la police et la garde nationale, des unités spécialisées dans les enquêtes sur les violences faites aux femmes. La victime a droit à l'aide juridictionnelle et à un accompagnement sanitaire, psychologique et social.",
                ),
            ],
        },
    },
    {
        "theme": "protection",
        "slug": "helpline-1899-and-shelters",
        "date": "2025-12-10",
        "ar": {
            "title": "الرقم الأخضر 1899 ومراكز الإيواء: لست وحدك",
            "summary": "خط مجاني يعمل على مدار الساعة للتبليغ عن العنف، وخط للدعم النفسي، ومراكز لإيواء النساء ضحايا العنف.",
            "author": "تحرير البوابة",
            "tags": ["1899", "مراكز الإيواء", "الدعم النفسي", "العنف ضد المرأة"],
            "body": [
                (
                    "paragraph",
                    "إذا تعرضت للعنف أو كنت تخشين على سلامتك، فاتصلي بالرقم الأخضر <b>1899</b>. هذا الخط مجاني ويعمل على مدار الساعة طيلة أيام الأسبوع، ويمكنك من خلاله التبليغ عن العنف والحصول على الإصغاء والتوجيه نحو الخدمات المناسبة: الصحة، والأمن، والقضاء، والإيواء. وفي حالة الخطر الداهم، اتصلي بالشرطة على الرقم <b>197</b>. واحفظي هذه الأرقام في هاتفك باسم لا يلفت الانتباه إن كنت تخشين أن يطلع عليه المعتدي.",
                ),
                ("heading", "الدعم النفسي والإيواء"),
                (
                    "paragraph",
                    "يوفر الرقم المجاني <b>1809</b> الإصغاء والدعم النفسي من الساعة الثامنة صباحا إلى منتصف الليل. لا تترددي في الاتصال حتى لو لم تكوني مستعدة بعد لتقديم شكوى: الحديث مع مختصة خطوة أولى مهمة. وإذا لم يعد بيتك مكانا آمنا، فاسألي عند الاتصال بالرقم 1899 عن إمكانية التوجيه إلى مركز إيواء.",
                ),
                ("heading", "أرقام تدل على الحاجة"),
                (
                    "paragraph",
                    "حسب بلاغ وزارة المرأة بتاريخ 22 نوفمبر 2021، تلقى الخط 1899 بين جانفي وأكتوبر 2021 ما مجموعه 6284 مكالمة، منها 1225 إشعارا بالعنف، وتعلق 75.5% من هذه الإشعارات بعنف مارسه الزوج. وحسب صحيفة «لابريس» (14 أوت 2024)، تلقى الخط 4050 إشعارا بين جانفي وجوان 2024، وتوجد في البلاد 14 مركزا لإيواء النساء ضحايا العنف بطاقة استيعاب تبلغ 221 سريرا.",
                ),
            ],
        },
        "fr": {
            "title": "Le numéro vert 1899 et les centres d'hébergement : vous n'êtes pas seule",
            "summary": "Une ligne gratuite ouverte 24 heures sur 24 pour signaler la violence, une ligne de soutien psychologique, et des centres d'hébergement pour les femmes victimes de violence.",
            "author": "Rédaction du portail",
            "tags": [
                "1899",
                "Centres d'hébergement",
                "Soutien psychologique",
                "Violences faites aux femmes",
            ],
            "body": [
                (
                    "paragraph",
                    "Si vous subissez des violences ou si vous craignez pour votre sécurité, appelez le numéro vert <b>1899</b>. Cette ligne est gratuite et fonctionne 24 heures sur 24, 7 jours sur 7. Elle vous permet de signaler la violence, d'être écoutée et d'être orientée vers les services adaptés : santé, police, justice, hébergement. En cas de danger immédiat, appelez la police au <b>197</b>. Enregistrez ces numéros dans votre téléphone sous un nom discret si vous craignez que l'agresseur ne les voie.",
                ),
                ("heading", "Soutien psychologique et hébergement"),
                (
                    "paragraph",
                    "Le numéro gratuit <b>1809</b> offre écoute et soutien psychologique de 8 h à minuit. N'hésitez pas à appeler même si vous n'êtes pas encore prête à porter plainte : parler à une professionnelle est un premier pas important. Si votre domicile n'est plus un lieu sûr, demandez lors de votre appel au 1899 s'il est possible d'être orientée vers un centre d'hébergement.",
                ),
                ("heading", "Des chiffres qui montrent le besoin"),
                (
                    "paragraph",
                    "Selon le communiqué du ministère de la Femme du 22 novembre 2021, la ligne 1899 a reçu entre janvier et octobre 2021 un total de 6 284 appels, dont 1 225 signalements de violence ; 75,5 % de ces signalements concernaient des violences commises par le conjoint. Selon le journal « La Presse » (14 août 2024), la ligne a reçu 4 050 signalements entre janvier et juin 2024, et le pays compte 14 centres d'hébergement pour les femmes victimes de violence, d'une capacité de 221 lits.",
                ),
            ],
        },
    },
    {
        "theme": "protection",
        "slug": "medical-certificate-after-violence",
        "date": "2026-05-12",
        "ar": {
            "title": "الشهادة الطبية بعد الاعتداء: لماذا وكيف تحصلين عليها؟",
            "summary": "الشهادة الطبية الأولية وثيقة أساسية لإثبات العنف. اطلبيها في أقرب وقت ممكن بعد الاعتداء، حتى لو لم تقرري بعد تقديم شكوى.",
            "author": "تحرير البوابة",
            "tags": ["شهادة طبية", "العنف ضد المرأة", "إثبات"],
            "body": [
                (
                    "paragraph",
                    "بعد التعرض للعنف، أولويتك سلامتك وصحتك. توجهي إلى أقرب قسم استعجالي أو مركز صحة أساسية أو طبيب، واطلبي أن يحرر لك <b>شهادة طبية أولية</b> تصف الإصابات وآثار العنف، وتحدد عند الاقتضاء مدة الراحة اللازمة.",
                ),
                ("heading", "لماذا هي مهمة؟"),
                (
                    "paragraph",
                    "الشهادة الطبية من أهم وسائل الإثبات عند تقديم شكوى، لأن آثار العنف قد تختفي بعد أيام. وحتى إن لم تكوني مستعدة لتقديم شكوى الآن، احصلي على الشهادة واحتفظي بها في مكان آمن أو لدى شخص تثقين به. ولا يقتصر الأمر على الجروح: يمكن لطبيب أو مختص نفسي أن يوثق كذلك الآثار النفسية للعنف.",
                ),
                ("heading", "نصائح عملية"),
                (
                    "paragraph",
                    "إذا تعرضت لاعتداء جنسي، فلا تغتسلي ولا تغسلي ملابسك قبل الفحص، وتوجهي إلى المستشفى في أسرع وقت. احملي معك بطاقة التعريف إن أمكن، واطلبي نسخة من الشهادة، واحتفظي بالوصفات ونتائج التحاليل. ويمكنك أيضا التوجه إلى الوحدة المختصة بالبحث في جرائم العنف ضد المرأة لدى الأمن أو الحرس الوطني، التي قد توجهك لإجراء فحص طبي. وللإرشاد، اتصلي بالرقم المجاني <b>1899</b>.",
                ),
            ],
        },
        "fr": {
            "title": "Le certificat médical après une agression : pourquoi et comment l'obtenir ?",
            "summary": "Le certificat médical initial est un document essentiel pour prouver la violence. Demandez-le le plus tôt possible après l'agression, même si vous n'avez pas encore décidé de porter plainte.",
            "author": "Rédaction du portail",
            "tags": ["Certificat médical", "Violences faites aux femmes", "Preuve"],
            "body": [
                (
                    "paragraph",
                    "Après une violence, votre priorité est votre sécurité et votre santé. Rendez-vous au service des urgences, au centre de santé de base ou chez le médecin le plus proche, et demandez un <b>certificat médical initial</b> qui décrit les blessures et les traces de violence et, le cas échéant, la durée du repos nécessaire.",
                ),
                ("heading", "Pourquoi est-il important ?"),
                (
                    "paragraph",
                    "Le certificat médical est l'une des preuves les plus importantes lors d'une plainte, car les traces de violence peuvent disparaître en quelques jours. Même si vous n'êtes pas prête à porter plainte maintenant, obtenez le certificat et gardez-le dans un endroit sûr ou chez une personne de confiance. Il ne s'agit pas seulement des blessures : un médecin ou un psychologue peut aussi constater les effets psychologiques de la violence.",
                ),
                ("heading", "Conseils pratiques"),
                (
                    "paragraph",
                    "Si vous avez subi une agression sexuelle, ne vous lavez pas et ne lavez pas vos vêtements avant l'examen, et rendez-vous à l'hôpital le plus vite possible. Apportez si possible votre carte d'identité, demandez une copie du certificat et conservez les ordonnances et les résultats d'analyses. Vous pouvez aussi vous adresser à l'unité spécialisée dans les violences faites aux femmes de la police ou de la garde nationale, qui peut vous orienter vers un examen médical. Pour être conseillée, appelez le numéro gratuit <b>1899</b>.",
                ),
            ],
        },
    },
    # ----------------------------------------------------------------------------------------
    # Work
    # ----------------------------------------------------------------------------------------
    {
        "theme": "work",
        "slug": "safe-transport-agricultural-workers",
        "date": "2025-07-02",
        "ar": {
            "title": "نقل العاملات الفلاحيات: السلامة قبل كل شيء",
            "summary": "خلفت حوادث نقل العاملات الفلاحيات في عربات غير مهيأة مآسي كثيرة. وقد أحدث قانون صدر سنة 2019 صنفا خاصا لنقل العملة الفلاحيين.",
            "author": "تحرير البوابة",
            "tags": ["العاملات الفلاحيات", "النقل", "السلامة"],
            "body": [
                (
                    "paragraph",
                    "كثيرا ما تتنقل العاملات الفلاحيات فجرا وهن واقفات في صناديق شاحنات مكتظة ومكشوفة، على طرقات ريفية صعبة. وقد أودت حوادث هذا النقل غير الآمن بحياة نساء كثيرات وخلفت جرحى، وأثارت غضبا واسعا في البلاد.",
                ),
                ("heading", "ماذا يقول القانون؟"),
                (
                    "paragraph",
                    "أحدث القانون عدد 51 لسنة 2019 المؤرخ في 11 جوان 2019 صنفا جديدا من النقل خاصا بالعملة الفلاحيين. ويجب أن يتم هذا النقل بعربات مرخص لها ومهيأة لنقل الأشخاص في ظروف آمنة، وفق شروط تضبطها النصوص التطبيقية. والغاية أن تصل العاملات إلى الضيعات ويعدن إلى بيوتهن سالمات.",
                ),
                ("heading", "ماذا يمكنك أن تفعلي؟"),
                (
                    "paragraph",
                    "تجنبي، ما استطعت، الركوب في عربة مكتظة أو مكشوفة. اسألي المؤجر عن وسيلة النقل التي يوفرها وعن ترخيصها، وتحدثي مع زميلاتك لتطالبن معا بنقل آمن، فالمطلب الجماعي أقوى. ويمكنك إعلام الحرس الوطني أو التفقدية الجهوية للشغل أو النقابة بالمخالفات. وتذكري: لا أجر يساوي حياتك.",
                ),
            ],
        },
        "fr": {
            "title": "Le transport des ouvrières agricoles : la sécurité avant tout",
            "summary": "Les accidents de transport d'ouvrières agricoles dans des véhicules inadaptés ont causé de nombreux drames. Une loi de 2019 a créé une catégorie de transport propre aux ouvriers agricoles.",
            "author": "Rédaction du portail",
            "tags": ["Ouvrières agricoles", "Transport", "Sécurité"],
            "body": [
                (
                    "paragraph",
                    "Bien souvent, les ouvrières agricoles partent à l'aube, debout à l'arrière de camionnettes bondées et découvertes, sur des routes rurales difficiles. Les accidents de ce transport dangereux ont coûté la vie à de nombreuses femmes et fait des blessées, et ils ont suscité une large indignation dans le pays.",
                ),
                ("heading", "Que dit la loi ?"),
                (
                    "paragraph",
                    "La loi n° 2019-51 du 11 juin 2019 a créé une nouvelle catégorie de transport réservée aux ouvriers agricoles. Ce transport doit être assuré par des véhicules autorisés et aménagés pour transporter des personnes en sécurité, selon des conditions fixées par les textes d'application. Le but : que les ouvrières arrivent aux exploitations et rentrent chez elles saines et sauves.",
                ),
                ("heading", "Que pouvez-vous faire ?"),
                (
                    "paragraph",
                    "Évitez autant que possible de monter dans un véhicule bondé ou découvert. Demandez à l'employeur quel moyen de transport il fournit et s'il est autorisé, et parlez-en avec vos collègues pour réclamer ensemble un transport sûr : une demande collective a plus de force. Vous pouvez signaler les infractions à la garde nationale, à l'inspection régionale du travail ou au syndicat. N'oubliez pas : aucun salaire ne vaut votre vie.",
                ),
            ],
        },
    },
    {
        "theme": "work",
        "slug": "social-security-registration-maternity",
        "date": "2026-04-28",
        "ar": {
            "title": "التصريح لدى الضمان الاجتماعي وعطلة الأمومة: حقان مترابطان",
            "summary": "التسجيل في الصندوق الوطني للضمان الاجتماعي يفتح لك الحق في العلاج والتقاعد ومنحة الأمومة. تأكدي من أن مؤجرك يصرح بك.",
            "author": "تحرير البوابة",
            "tags": ["الضمان الاجتماعي", "عطلة الأمومة", "حقوق العاملات"],
            "body": [
                (
                    "paragraph",
                    "يجب على كل مؤجر في القطاع الخاص أن يصرح بأجرائه لدى الصندوق الوطني للضمان الاجتماعي وأن يدفع المساهمات. هذا التصريح يفتح لك ولأفراد أسرتك المنتفعين الحق في العلاج عبر التأمين على المرض، ويفتح لك الحق في جراية التقاعد وفي التعويض عن حوادث الشغل.",
                ),
                ("heading", "كيف تتأكدين من تسجيلك؟"),
                (
                    "paragraph",
                    "اطلبي من المؤجر رقم تسجيلك، واسألي في مكتب الصندوق الوطني للضمان الاجتماعي بالكاف عن الفترات والأجور المصرح بها باسمك. وإن كنت تعملين لحسابك الخاص، كفلاحة أو حرفية أو تاجرة صغيرة، فيمكنك الانخراط في نظام العملة غير الأجراء. وإن كنت تعملين في الفلاحة، فاسألي عن الأنظمة والبرامج الخاصة بالقطاع الفلاحي التي تسهل الانخراط ودفع المساهمات.",
                ),
                ("heading", "عطلة الأمومة"),
                (
                    "paragraph",
                    "للمرأة العاملة الحق في عطلة أمومة عند الولادة، وفي منحة تعوض أجرها كليا أو جزئيا إذا كانت مسجلة لدى الضمان الاجتماعي وتستوفي الشروط. وقد صدر سنة 2024 قانون جديد يمدد عطلة الأمومة ويحسن عطلة الأبوة في القطاعين العام والخاص، فاسألي مؤجرك أو الصندوق عن المدة المعمول بها والوثائق المطلوبة. والحمل ليس سببا مشروعا للطرد من العمل؛ وإذا حدث ذلك فاستشيري النقابة أو تفقدية الشغل.",
                ),
            ],
        },
        "fr": {
            "title": "Déclaration à la sécurité sociale et congé de maternité : deux droits liés",
            "summary": "L'affiliation à la Caisse nationale de sécurité sociale vous ouvre droit aux soins, à la retraite et à l'indemnité de maternité. Vérifiez que votre employeur vous déclare.",
            "author": "Rédaction du portail",
            "tags": ["Sécurité sociale", "Congé de maternité", "Droits des travailleuses"],
            "body": [
                (
                    "paragraph",
                    "Tout employeur du secteur privé doit déclarer ses salariés à la Caisse nationale de sécurité sociale (CNSS) et payer les cotisations. Cette déclaration vous ouvre droit, à vous et aux membres de votre famille qui en bénéficient, aux soins grâce à l'assurance maladie ; elle vous ouvre aussi droit à une pension de retraite et à une indemnisation en cas d'accident du travail.",
                ),
                ("heading", "Comment vérifier votre affiliation ?"),
                (
                    "paragraph",
                    "Demandez votre numéro d'immatriculation à votre employeur, et renseignez-vous au bureau de la CNSS du Kef sur les périodes et les salaires déclarés à votre nom. Si vous travaillez à votre compte, comme agricultrice, artisane ou petite commerçante, vous pouvez vous affilier au régime des travailleurs non salariés. Si vous travaillez dans l'agriculture, renseignez-vous sur les régimes et programmes propres au secteur agricole qui facilitent l'affiliation et le paiement des cotisations.",
                ),
                ("heading", "Le congé de maternité"),
                (
                    "paragraph",
                    "La travailleuse a droit à un congé de maternité à la naissance, et à une indemnité qui remplace tout ou partie de son salaire si elle est affiliée à la sécurité sociale et remplit les conditions. Une nouvelle loi adoptée en 2024 allonge le congé de maternité et améliore le congé de paternité dans les secteurs public et privé : demandez à votre employeur ou à la caisse la durée en vigueur et les documents demandés. La grossesse n'est pas un motif légitime de licenciement ; si cela vous arrive, consultez le syndicat ou l'inspection du travail.",
                ),
            ],
        },
    },
    {
        "theme": "work",
        "slug": "domestic-workers-law-2021-37",
        "date": "2025-06-16",
        "ar": {
            "title": "العاملات في المنازل: ما الذي تغير مع القانون عدد 37 لسنة 2021؟",
            "summary": "ينظم القانون عدد 37 لسنة 2021 العمل المنزلي ويضمن للعاملات عقدا مكتوبا وأجرا أدنى وتغطية اجتماعية. تعرفي على أهم أحكامه.",
            "author": "تحرير البوابة",
            "tags": ["العمل المنزلي", "القانون 37", "حقوق العاملات"],
            "body": [
                (
                    "paragraph",
                    "تعمل نساء وفتيات كثيرات من الجهات الداخلية في المنازل، داخل الولاية أو في المدن الكبرى، وكثيرا ما كان ذلك دون عقد ولا ضمانات. وجاء القانون عدد 37 لسنة 2021 المؤرخ في 16 جويلية 2021 والمتعلق بتنظيم العمل المنزلي ليعترف بهذا العمل ويحميه.",
                ),
                ("heading", "أهم الحقوق"),
                (
                    "paragraph",
                    "<b>عقد مكتوب</b> يحدد طبيعة العمل والأجر وساعات العمل والراحة. <b>سن دنيا</b>: يمنع القانون تشغيل من هم دون الثامنة عشرة في العمل المنزلي. <b>أجر</b> لا يقل عن الأجر الأدنى المضمون. <b>راحة أسبوعية</b> وعطل. <b>تصريح لدى الضمان الاجتماعي</b> يفتح الحق في العلاج والتقاعد. كما يمنع القانون الوساطة في تشغيل العاملات المنزليات من قبل الأشخاص الطبيعيين، أي «السماسرة»، ويعاقب عليها.",
                ),
                ("heading", "إذا انتُهكت حقوقك"),
                (
                    "paragraph",
                    "لا يحق لأي مشغل أن يحتجز بطاقة تعريفك أو أن يمنعك من الاتصال بأهلك. احتفظي بنسخة من عقدك ومن وصولات أجرك، وتوجهي عند الخلاف إلى التفقدية الجهوية للشغل. وإذا تعرضت للعنف أو التحرش في المنزل الذي تعملين فيه، فاتصلي بالرقم المجاني <b>1899</b>. وتشغيل طفلة في المنازل مخالف للقانون، ويجب التبليغ عنه لدى مندوب حماية الطفولة.",
                ),
            ],
        },
        "fr": {
            "title": "Travailleuses domestiques : qu'est-ce qui a changé avec la loi n° 2021-37 ?",
            "summary": "La loi n° 2021-37 organise le travail domestique et garantit aux travailleuses un contrat écrit, un salaire minimum et une couverture sociale. Voici ses principales dispositions.",
            "author": "Rédaction du portail",
            "tags": ["Travail domestique", "Loi 37", "Droits des travailleuses"],
            "body": [
                (
                    "paragraph",
                    "De nombreuses femmes et jeunes filles des régions de l'intérieur travaillent dans des maisons, dans le gouvernorat ou dans les grandes villes, et c'était souvent sans contrat ni garanties. La loi n° 2021-37 du 16 juillet 2021, relative à la réglementation du travail domestique, est venue reconnaître et protéger ce travail.",
                ),
                ("heading", "Les principaux droits"),
                (
                    "paragraph",
                    "<b>Un contrat écrit</b> précisant la nature du travail, le salaire, les horaires et le repos. <b>Un âge minimum</b> : la loi interdit d'employer des personnes de moins de dix-huit ans dans le travail domestique. <b>Un salaire</b> au moins égal au salaire minimum garanti. <b>Un repos hebdomadaire</b> et des congés. <b>Une déclaration à la sécurité sociale</b>, qui ouvre droit aux soins et à la retraite. La loi interdit aussi, et punit, l'intermédiation des personnes physiques dans l'emploi des travailleuses domestiques, c'est-à-dire les « courtiers ».",
                ),
                ("heading", "Si vos droits ne sont pas respectés"),
                (
                    "paragraph",
                    "Aucun employeur n'a le droit de confisquer votre carte d'identité ou de vous empêcher de contacter votre famille. Gardez une copie de votre contrat et de vos reçus de salaire, et adressez-vous en cas de litige à l'inspection régionale du travail. Si vous subissez des violences ou du harcèlement dans la maison où vous travaillez, appelez le numéro gratuit <b>1899</b>. Employer une fillette comme domestique est contraire à la loi et doit être signalé au délégué à la protection de l'enfance.",
                ),
            ],
        },
    },
    # ----------------------------------------------------------------------------------------
    # Participation
    # ----------------------------------------------------------------------------------------
    {
        "theme": "participation",
        "slug": "parity-local-elections",
        "date": "2025-08-13",
        "ar": {
            "title": "التناصف في الانتخابات البلدية: من المبدأ إلى القوائم",
            "summary": "كرس دستور 2014 مبدأ التناصف في المجالس المنتخبة، وفرض تنقيح القانون الانتخابي سنة 2017 التناصف العمودي والأفقي في القوائم البلدية.",
            "author": "تحرير البوابة",
            "tags": ["التناصف", "الانتخابات البلدية", "المشاركة السياسية"],
            "body": [
                (
                    "paragraph",
                    "نص الفصل 46 من دستور 2014 على أن الدولة تلتزم بحماية الحقوق المكتسبة للمرأة، وتضمن تكافؤ الفرص بين الرجل والمرأة في تحمل مختلف المسؤوليات، وتسعى إلى تحقيق التناصف بين المرأة والرجل في المجالس المنتخبة.",
                ),
                ("heading", "التناصف العمودي والأفقي"),
                (
                    "paragraph",
                    "في سنة 2017، نُقح القانون الأساسي المتعلق بالانتخابات والاستفتاء ليفرض في الانتخابات البلدية والجهوية قاعدتين: <b>التناصف العمودي</b>، أي التناوب بين النساء والرجال داخل كل قائمة، و<b>التناصف الأفقي</b>، أي أن تترأس النساء نصف القوائم التي يقدمها الحزب أو الائتلاف في مختلف الدوائر. وقد طُبقت هذه القواعد في الانتخابات البلدية لسنة 2018، فدخلت نساء كثيرات المجالس البلدية لأول مرة.",
                ),
                ("heading", "ماذا بعد؟"),
                (
                    "paragraph",
                    "القواعد الانتخابية قد تتغير من انتخابات إلى أخرى، لذلك اطلعي على القانون المعمول به وعلى بلاغات الهيئة العليا المستقلة للانتخابات قبل كل موعد انتخابي، وتثبتي من تسجيلك في السجل الانتخابي. والتناصف ليس مجرد رقم: فهو يحتاج إلى نساء مستعدات للترشح، وإلى أحزاب وجمعيات تكوّنهن وتساندهن، وإلى ناخبات وناخبين يثقون في كفاءتهن.",
                ),
            ],
        },
        "fr": {
            "title": "La parité aux élections municipales : du principe aux listes",
            "summary": "La Constitution de 2014 a consacré le principe de parité dans les assemblées élues, et la révision de la loi électorale en 2017 a imposé la parité verticale et horizontale pour les listes municipales.",
            "author": "Rédaction du portail",
            "tags": ["Parité", "Élections municipales", "Participation politique"],
            "body": [
                (
                    "paragraph",
                    "L'article 46 de la Constitution de 2014 prévoyait que l'État s'engage à protéger les droits acquis de la femme, garantit l'égalité des chances entre l'homme et la femme dans l'accès aux différentes responsabilités, et œuvre à réaliser la parité entre la femme et l'homme dans les assemblées élues.",
                ),
                ("heading", "Parité verticale et parité horizontale"),
                (
                    "paragraph",
                    "En 2017, la loi organique relative aux élections et aux référendums a été modifiée pour imposer deux règles aux élections municipales et régionales : la <b>parité verticale</b>, c'est-à-dire l'alternance entre femmes et hommes au sein de chaque liste, et la <b>parité horizontale</b>, c'est-à-dire que des femmes soient têtes de la moitié des listes présentées par un parti ou une coalition dans les différentes circonscriptions. Ces règles ont été appliquées aux élections municipales de 2018, et de nombreuses femmes sont entrées pour la première fois dans les conseils municipaux.",
                ),
                ("heading", "Et ensuite ?"),
                (
                    "paragraph",
                    "Les règles électorales peuvent changer d'une élection à l'autre : consultez donc la loi en vigueur et les communiqués de l'Instance supérieure indépendante pour les élections avant chaque scrutin, et vérifiez votre inscription sur le registre électoral. La parité n'est pas qu'un chiffre : elle a besoin de femmes prêtes à se porter candidates, de partis et d'associations qui les forment et les soutiennent, et d'électrices et d'électeurs qui font confiance à leurs compétences.",
                ),
            ],
        },
    },
    {
        "theme": "participation",
        "slug": "participatory-budget-open-government",
        "date": "2026-03-08",
        "ar": {
            "title": "الميزانية التشاركية والحكومة المفتوحة: صوتك في قرارات البلدية",
            "summary": "تتيح الميزانية التشاركية والاستشارات العمومية للمواطنات اقتراح مشاريع وإبداء الرأي في أولويات البلدية. هكذا تشاركين.",
            "author": "تحرير البوابة",
            "tags": ["الميزانية التشاركية", "الحكومة المفتوحة", "البلدية"],
            "body": [
                (
                    "paragraph",
                    "الميزانية التشاركية آلية تخصص بها البلدية جزءا من ميزانية الاستثمار لمشاريع يقترحها السكان ويختارونها بأنفسهم: إنارة نهج، أو تهيئة رصيف، أو ساحة لعب للأطفال، أو تحسين مسلك في حي. وتنتظم عادة في جلسات بالأحياء يعرض فيها السكان حاجياتهم، ثم يختارون ممثلين يتابعون المشاريع مع المصالح البلدية.",
                ),
                ("heading", "الحكومة المفتوحة"),
                (
                    "paragraph",
                    "شراكة الحكومة المفتوحة مبادرة دولية تقوم على الشفافية والمشاركة والمساءلة، وتونس عضو فيها. وفي إطارها تُعد خطط عمل تتضمن تعهدات محددة، وتُنظم استشارات عمومية يمكن للمواطنات والجمعيات خلالها تقديم مقترحات ومتابعة تنفيذ التعهدات. وهذه البوابة نفسها ثمرة تعهد من خطة عمل بلدية الكاف في إطار هذه الشراكة.",
                ),
                ("heading", "كيف تشاركين؟"),
                (
                    "paragraph",
                    "تابعي إعلانات البلدية في مقرها وعلى هذه البوابة لمعرفة مواعيد الجلسات والاستشارات. احضري مع جاراتك وتحدثن عن حاجيات النساء تحديدا: إنارة الطرقات التي تسلكنها ليلا، وقرب الخدمات، وسلامة الفضاءات العامة. وإذا صعب عليك الحضور بسبب رعاية الأطفال أو مواعيد العمل، فاطلبي من المنظمين برمجة الجلسات في أوقات مناسبة أو قبول المقترحات كتابيا.",
                ),
            ],
        },
        "fr": {
            "title": "Budget participatif et gouvernement ouvert : votre voix dans les décisions de la commune",
            "summary": "Le budget participatif et les consultations publiques permettent aux citoyennes de proposer des projets et de donner leur avis sur les priorités de la commune. Voici comment participer.",
            "author": "Rédaction du portail",
            "tags": ["Budget participatif", "Gouvernement ouvert", "Commune"],
            "body": [
                (
                    "paragraph",
                    "Le budget participatif est un mécanisme par lequel la commune consacre une partie de son budget d'investissement à des projets proposés et choisis par les habitants eux-mêmes : éclairer une rue, aménager un trottoir, créer une aire de jeux pour les enfants, améliorer un chemin dans un quartier. Il s'organise généralement en réunions de quartier où les habitants exposent leurs besoins, puis choisissent des représentants qui suivent les projets avec les services municipaux.",
                ),
                ("heading", "Le gouvernement ouvert"),
                (
                    "paragraph",
                    "Le Partenariat pour un gouvernement ouvert est une initiative internationale fondée sur la transparence, la participation et la redevabilité, dont la Tunisie est membre. Dans ce cadre sont préparés des plans d'action contenant des engagements précis, et sont organisées des consultations publiques au cours desquelles citoyennes et associations peuvent faire des propositions et suivre la mise en œuvre des engagements. Ce portail lui-même est issu d'un engagement du plan d'action de la commune du Kef dans ce partenariat.",
                ),
                ("heading", "Comment participer ?"),
                (
                    "paragraph",
                    "Suivez les annonces de la commune, à son siège et sur ce portail, pour connaître les dates des réunions et des consultations. Venez avec vos voisines et parlez des besoins propres aux femmes : éclairage des rues que vous empruntez le soir, proximité des services, sécurité des espaces publics. Si vous avez du mal à venir à cause de la garde des enfants ou de vos horaires de travail, demandez aux organisateurs de prévoir les réunions à des heures adaptées ou d'accepter les propositions par écrit.",
                ),
            ],
        },
    },
    {
        "theme": "participation",
        "slug": "attend-municipal-council-session",
        "date": "2026-09-15",
        "ar": {
            "title": "كيف تحضرين جلسة المجلس البلدي؟",
            "summary": "جلسات المجلس البلدي مفتوحة للعموم كقاعدة عامة. وحضورك يسمح لك بمتابعة القرارات التي تمس حياتك اليومية.",
            "author": "تحرير البوابة",
            "tags": ["المجلس البلدي", "الشأن المحلي", "النفاذ إلى المعلومة"],
            "body": [
                (
                    "paragraph",
                    "يتداول المجلس البلدي في مسائل تهم حياتك اليومية: النظافة، والإنارة، والطرقات، والأسواق، والمساحات الخضراء، والميزانية. وتنص مجلة الجماعات المحلية الصادرة سنة 2018 على أن جلسات المجالس البلدية علنية كقاعدة عامة، وعلى الإعلان المسبق عن مواعيدها وجداول أعمالها. ولأن تنظيم المجالس البلدية يخضع للنصوص المعمول بها، اسألي البلدية عن مواعيد الجلسات وطريقة حضورها.",
                ),
                ("heading", "قبل الجلسة"),
                (
                    "paragraph",
                    "تابعي الإعلانات المعلقة في مقر البلدية أو المنشورة على هذه البوابة لمعرفة تاريخ الجلسة ومكانها وجدول أعمالها. اقرئي جدول الأعمال مسبقا، وحددي النقاط التي تهمك. ويمكنك الذهاب مع جاراتك أو مع عضوات جمعية تنتمين إليها.",
                ),
                ("heading", "أثناء الجلسة وبعدها"),
                (
                    "paragraph",
                    "احترمي النظام الداخلي للجلسة: يجلس الحضور في الأماكن المخصصة للعموم، ولا يتدخلون في النقاش إلا بإذن من رئيس الجلسة. دوني ملاحظاتك وأسئلتك، ويمكنك تقديمها كتابيا إلى البلدية. وبعد الجلسة، يحق لك الاطلاع على المداولات والقرارات المنشورة، ويضمن القانون الأساسي عدد 22 لسنة 2016 حق النفاذ إلى المعلومة. فحضور النساء بانتظام يذكر المسؤولين بأن قراراتهم يجب أن تراعي حاجياتهن.",
                ),
            ],
        },
        "fr": {
            "title": "Comment assister à une séance du conseil municipal ?",
            "summary": "Les séances du conseil municipal sont en règle générale ouvertes au public. Y assister vous permet de suivre les décisions qui touchent votre vie quotidienne.",
            "author": "Rédaction du portail",
            "tags": ["Conseil municipal", "Affaires locales", "Accès à l'information"],
            "body": [
                (
                    "paragraph",
                    "Le conseil municipal délibère sur des questions qui concernent votre vie quotidienne : propreté, éclairage, routes, marchés, espaces verts, budget. Le Code des collectivités locales de 2018 prévoit qu'en règle générale les séances des conseils municipaux sont publiques, et que leurs dates et ordres du jour sont annoncés à l'avance. Comme l'organisation des conseils municipaux relève des textes en vigueur, renseignez-vous auprès de la commune sur les dates des séances et la manière d'y assister.",
                ),
                ("heading", "Avant la séance"),
                (
                    "paragraph",
                    "Suivez les annonces affichées au siège de la commune ou publiées sur ce portail pour connaître la date, le lieu et l'ordre du jour de la séance. Lisez l'ordre du jour à l'avance et repérez les points qui vous intéressent. Vous pouvez y aller avec vos voisines ou avec des membres d'une association dont vous faites partie.",
                ),
                ("heading", "Pendant et après la séance"),
                (
                    "paragraph",
                    "Respectez le règlement de la séance : le public s'assoit dans les places qui lui sont réservées et n'intervient dans le débat qu'avec l'autorisation de la présidence. Notez vos remarques et vos questions ; vous pouvez les remettre par écrit à la commune. Après la séance, vous avez le droit de consulter les délibérations et décisions publiées, et la loi organique n° 2016-22 garantit le droit d'accès à l'information. La présence régulière des femmes rappelle aux responsables que leurs décisions doivent tenir compte de leurs besoins.",
                ),
            ],
        },
    },
]
