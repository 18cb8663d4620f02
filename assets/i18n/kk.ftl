# Kense — қазақша. Every key here must exist in ru.ftl too (a test checks).

app-name = Kense
app-tagline = Жобалық кеңсе
app-loading = Жүктелуде…
app-version = Нұсқа { $version }

## Navigation
nav-dashboard = Басты бет
nav-calendar = Күнтізбе
nav-events = Іс-шаралар
nav-people = Адамдар
nav-organisations = Ұйымдар
nav-documents = Құжаттар
nav-reports = Есептер
nav-settings = Баптаулар
nav-language = Тіл
nav-label = Негізгі мәзір
lang-kk = Қазақша
lang-ru = Русский

## Screens not built yet
not-built-title = Бұл бөлім әзірленуде
not-built-body = «{ $screen }» бөлімі Kense-тің келесі нұсқаларында пайда болады.

## Dashboard
dashboard-title = Басты бет
dashboard-office-missing = Кеңсенің атауы әлі енгізілмеген.
dashboard-go-settings = Баптауларды ашу
dashboard-signatories = Қол қоюшылар
dashboard-campaigns = Науқандар мен бастамалар
dashboard-database = Дерекқор
dashboard-schema = Схема нұсқасы: { $version }
dashboard-no-default-signatory = Әдепкі қол қоюшы таңдалмаған.
dashboard-no-campaigns = Науқандар мен бастамалар әлі жоқ.

## Settings
settings-title = Баптаулар
settings-office = Кеңсе профилі
settings-office-name-kk = Атауы (қазақша)
settings-office-name-ru = Атауы (орысша)
settings-region-kk = Облыс (қазақша)
settings-region-ru = Облыс (орысша)
settings-city-kk = Қала (қазақша)
settings-city-ru = Қала (орысша)
settings-address-kk = Мекенжай (қазақша)
settings-address-ru = Мекенжай (орысша)
settings-phone = Телефон
settings-email = Электрондық пошта
settings-time-zone = Уақыт белдеуі
settings-save = Сақтау
settings-saved = Сақталды
settings-signatories = Қол қоюшылар
settings-signatory-name-kk = Аты-жөні (қазақша)
settings-signatory-name-ru = Аты-жөні (орысша)
settings-signatory-position-kk = Лауазымы (қазақша)
settings-signatory-position-ru = Лауазымы (орысша)
settings-signatory-default = Әдепкі қол қоюшы
settings-signatory-add = Қол қоюшы қосу
settings-signatory-edit = Өзгерту
settings-signatory-delete = Жою
settings-signatory-cancel = Болдырмау
settings-signatory-none = Қол қоюшылар әлі жоқ.
settings-signatory-new = Жаңа қол қоюшы
settings-signatory-editing = Қол қоюшыны өзгерту
settings-signatory-default-badge = Әдепкі
settings-signatory-delete-confirm = «{ $name }» жойылсын ба?
settings-signatory-delete-yes = Иә, жою
settings-language = Интерфейс тілі

## Time zones (city of each IANA zone)
tz-almaty = Алматы
tz-qostanay = Қостанай
tz-qyzylorda = Қызылорда
tz-aqtobe = Ақтөбе
tz-aqtau = Ақтау
tz-atyrau = Атырау
tz-oral = Орал

## Field names (used in validation messages)
field-name_kk = Атауы (қазақша)
field-name_ru = Атауы (орысша)
field-region_kk = Облыс (қазақша)
field-region_ru = Облыс (орысша)
field-city_kk = Қала (қазақша)
field-city_ru = Қала (орысша)
field-address_kk = Мекенжай (қазақша)
field-address_ru = Мекенжай (орысша)
field-phone = Телефон
field-email = Электрондық пошта
field-time_zone = Уақыт белдеуі
field-full_name_kk = Аты-жөні (қазақша)
field-full_name_ru = Аты-жөні (орысша)
field-position_kk = Лауазымы (қазақша)
field-position_ru = Лауазымы (орысша)
field-logo = Логотип
field-language = Тіл
field-key = Баптау кілті

## Errors, by stable code
error-title = Қате
error-db_newer_schema = Бұл дерекқорды Kense-тің жаңарақ нұсқасы жазған. Бағдарламаны жаңартыңыз; файл өзгертілмеді.
error-db_not_kense = Бұл файл Kense дерекқоры емес; файл өзгертілмеді.
error-db_damaged = Дерекқор зақымдалған; файл өзгертілмеді. Сақтық көшірмеден қалпына келтіріңіз.
error-db_io = Дерекқор файлын оқу не жазу мүмкін болмады.
error-disk_full = Дискіде орын жоқ.
error-validation = «{ $field }» өрісі дұрыс толтырылмаған: { $reason }
error-not_found = Жазба табылмады (жойылған болуы мүмкін).
error-render = Құжатты жасау мүмкін болмады.
error-internal = Күтпеген қате орын алды.

## Why a field was refused (invalid-<reason>)
invalid-required = толтыру міндетті
invalid-too_long = тым ұзын, ең көбі { $limit } таңба
invalid-control_characters = басқару таңбалары бар
invalid-not_an_email = электрондық пошта мекенжайы емес
invalid-not_a_kazakhstan_time_zone = Қазақстанның уақыт белдеуі емес
invalid-unknown_language = белгісіз тіл (kk не ru)
invalid-not_an_image = PNG не JPEG суреті болуы керек
invalid-too_large = тым үлкен, ең көбі { $limit } байт
invalid-unknown_setting = мұндай баптау жоқ
invalid-not_a_phone = телефон нөмірі емес (мысалы, +7 701 123 45 67)
invalid-not_an_iin = ЖСН дұрыс емес (12 цифр, бақылау саны сәйкес болуы керек)
invalid-duplicate_iin = бұл ЖСН басқа адамда бар
invalid-not_a_date = күн дұрыс емес
invalid-ends_before_start = аяқталуы басталуынан ерте
invalid-not_a_count = теріс емес сан болуы керек
invalid-unknown_reference = мұндай жазба жоқ
error-details = Толығырақ
open-error-title = Дерекқорды ашу мүмкін болмады
open-error-path = Дерекқор файлы

## CLI
cli-schema-version = Схема нұсқасы: { $version } (бағдарлама { $supported } нұсқасына дейін біледі)
cli-integrity-ok = Тұтастығын тексеру: ok
cli-integrity-failed = Тұтастығын тексеру сәтсіз аяқталды:
cli-database = Дерекқор: { $path }
cli-saved = Сақталды: { $key }
cli-demo-done = Демо-кеңсе толтырылды: { $organisations } ұйым, { $people } адам, { $events } іс-шара, { $attendance } қатысу жазбасы, { $media } жарияланым.
cli-written = Жазылды: { $path }

## Test page
test-page-title = Kense — сынақ беті

## Registry: field names (labels and validation messages)
field-surname = Тегі
field-name = Аты
field-patronymic = Әкесінің аты
field-gender = Жынысы
field-organisation = Ұйым
field-position = Лауазымы
field-iin = ЖСН
field-consent = Дербес деректерді өңдеуге келісім берді
field-consent_date = Келісім берілген күні
field-categories = Санаттар
field-notes = Ескертпе
field-kind = Түрі
field-district = Аудан
field-address = Мекенжай
field-contact = Байланыс тұлғасы
field-campaign = Науқан
field-title_kk = Атауы (қазақша)
field-title_ru = Атауы (орысша)
field-starts_at = Басталуы
field-ends_at = Аяқталуы
field-place = Өтетін орны
field-status = Мәртебесі
field-headcount = Жалпы қатысушылар саны
field-outcomes = Нәтижелері
field-proposals_count = Түскен ұсыныстар саны
field-outlet = Басылым (БАҚ)
field-url = Сілтеме
field-published_on = Жарияланған күні
field-views = Қаралым саны
field-parties = Тараптар
field-subject = Мәні
field-signed_on = Қол қойылған күні
field-description = Сипаттамасы

## Registry: vocabularies (<vocabulary>-<value>)
gender-male = Ер
gender-female = Әйел
role-participant = Қатысушы
role-speaker = Баяндамашы
role-organiser = Ұйымдастырушы
role-guest = Қонақ
role-winner = Жеңімпаз
role-awardee = Марапатталушы
org-kind-state_body = Мемлекеттік орган
org-kind-law_enforcement = Құқық қорғау органы
org-kind-ngo = Үкіметтік емес ұйым
org-kind-education = Білім беру ұйымы
org-kind-business = Бизнес
org-kind-media = БАҚ
org-kind-other = Басқа
event-kind-open_door_visit = Ашық есік күні
event-kind-site_tour = Нысандарды аралау
event-kind-lecture = Дәріс
event-kind-forum = Форум
event-kind-council_meeting = Үйлестіру кеңесінің отырысы
event-kind-master_class = Шеберлік сыныбы
event-kind-round_table = Дөңгелек үстел
event-kind-contest = Байқау
event-kind-exhibition = Көрме
event-kind-prevention_action = Профилактикалық акция
event-kind-training = Тренинг
event-status-planned = Жоспарланған
event-status-held = Өткізілді
event-status-cancelled = Болдырылмады

## Months (nominative)
month-1 = Қаңтар
month-2 = Ақпан
month-3 = Наурыз
month-4 = Сәуір
month-5 = Мамыр
month-6 = Маусым
month-7 = Шілде
month-8 = Тамыз
month-9 = Қыркүйек
month-10 = Қазан
month-11 = Қараша
month-12 = Желтоқсан

## Common words of the registry screens
common-save = Сақтау
common-cancel = Болдырмау
common-edit = Өзгерту
common-delete = Жою
common-undo = Қайтару
common-restored = Қалпына келтірілді
common-close = Жабу
common-yes = Иә
common-no = Жоқ
common-not-set = — көрсетілмеген —
common-all-districts = Барлық аудандар
common-clear-filters = Сүзгілерді тазарту
common-found = Табылды: { $count }
common-too-many = алғашқы { $limit } жазба көрсетілді, іздеуді нақтылаңыз
common-nothing-found = Ештеңе табылмады.
picker-placeholder = Іздеу үшін теріңіз…
picker-clear = Тазарту
picker-nothing = Ештеңе табылмады
picker-failed = Тізімді жүктеу мүмкін болмады

## People
people-title = Адамдар
people-new = Адам қосу
people-search = Аты-жөні, телефон, ұйым не ЖСН бойынша іздеу
people-filter-category = Санат
people-all-categories = Барлық санаттар
people-all-organisations = Барлық ұйымдар
people-col-name = Аты-жөні
people-none = Адамдар әлі енгізілмеген. «Адам қосу» батырмасын басыңыз.
person-new-title = Жаңа адам
person-edit-title = Адамның деректерін өзгерту
person-no-categories = Санаттар әлі жоқ.
person-duplicates-title = Бұл адам тізімде бұрыннан бар болуы мүмкін
person-duplicates-body = Ұқсас жазбалар: { $count }. Бар жазбаны ашыңыз немесе бәрібір сақтаңыз.
person-duplicate-name = аты-жөні сәйкес
person-duplicate-phone = телефоны сәйкес
person-duplicate-iin = ЖСН сәйкес
person-open-existing = Бар жазбаны ашу
person-save-anyway = Бәрібір сақтау
person-deleted = «{ $name }» жазбасы жойылды
person-events = Іс-шаралары
person-events-count = Іс-шаралар: { $count }
person-awards-count = Марапаттар: { $count }
person-no-events = Бұл адам әлі ешбір іс-шараға тіркелмеген.

## Organisations
orgs-title = Ұйымдар
orgs-new = Ұйым қосу
orgs-search = Атауы бойынша іздеу (қазақша не орысша)
orgs-all-kinds = Барлық түрлері
orgs-col-name = Атауы
orgs-col-people = Адамдар
orgs-none = Ұйымдар әлі енгізілмеген.
org-new-title = Жаңа ұйым
org-edit-title = Ұйымды өзгерту
org-people = Ұйымның адамдары
org-no-people = Бұл ұйымда әлі ешкім жоқ.
org-deleted = «{ $name }» ұйымы жойылды

## Events
events-title = Іс-шаралар
events-new = Іс-шара қосу
events-month = Ай
events-year = Жыл
events-prev-month = Алдыңғы ай
events-next-month = Келесі ай
events-this-month = Ағымдағы ай
events-all-campaigns = Барлық науқандар
events-all-statuses = Барлық мәртебелер
events-count = Іс-шаралар: { $count }
events-none = Бұл айда іс-шаралар жоқ.
events-col-when = Күні
events-col-event = Іс-шара
events-col-registered = Тіркелген
events-col-headcount = Қамту
event-new-title = Жаңа іс-шара
event-edit-title = Іс-шараны өзгерту
event-when = Өтетін уақыты
event-deleted = «{ $title }» іс-шарасы жойылды

## Attendance
attendance-title = Қатысушылар
attendance-registered = Тіркелген: { $count }
attendance-present-count = Қатысқаны: { $count }
attendance-headcount = Жалпы қамту: { $count }
attendance-add-as = Рөлі
attendance-search = Қосу үшін адамды іздеу
attendance-results = Іздеу нәтижелері
attendance-already = тізімде бар
attendance-by-category = Санат бойынша қосу
attendance-choose-category = Санатты таңдаңыз…
attendance-add-category = Санаттағылардың бәрін қосу
attendance-choose-organisation = Ұйымды таңдаңыз…
attendance-add-organisation = Ұйымның бәрін қосу
attendance-added = Жаңадан қосылды: { $count }
attendance-none = Іс-шараға әлі ешкім тіркелмеген.
attendance-role = Рөлі
attendance-present = Қатысты
attendance-present-of = «{ $name }» қатысты
attendance-remove = Алып тастау
attendance-remove-of = «{ $name }» тізімнен алып тастау
attendance-was-present = Қатысты
attendance-was-absent = Қатыспады

## Media and memoranda
media-title = БАҚ-тағы жарияланымдар
media-add = Жарияланым қосу
media-none = Жарияланымдар әлі жоқ.
media-total = Жарияланымдар: { $count }, қаралым: { $views }
media-views = Қаралым: { $count }
media-url-hint = Сілтеме мәтін ретінде көрсетілген: оны көшіріп алуға болады
memo-title = Меморандумдар
memo-add = Меморандум қосу
memo-none = Меморандумдар әлі жоқ.

## First run
first-run-title = Kense-ке қош келдіңіз!
first-run-body = Дерекқор жаңа әрі бос. Қалай бастайсыз?
first-run-demo = Демо-кеңсемен бастау
first-run-demo-hint = Ұйымдардың, адамдардың және іс-шаралардың үлгі деректері қосылады: бағдарламаны меңгеруге ыңғайлы.
first-run-empty = Бос бастау
first-run-empty-hint = Кеңсеңіздің өз деректерін бірден енгізесіз.
first-run-filling = Толтырылуда…
first-run-demo-done = Демо-кеңсе дайын: { $organisations } ұйым, { $people } адам, { $events } іс-шара.

## Import and export (files)
field-file = Файл
invalid-not_a_table = бұл Excel кестесі де, CSV да емес
invalid-unreadable_file = ашу мүмкін болмады (файл бүлінген не құпиясөзбен қорғалған)
invalid-empty_file = файл бос
invalid-no_rows = тақырыптар бар, деректер жоқ
invalid-too_many_rows = ең көбі { $limit } жол
invalid-rows_with_problems = { $limit } жолда қате бар: оларды түзетіңіз немесе өткізіп жіберіңіз
invalid-missing_columns = қажетті бағандар (тегі мен аты, не атауы) көрсетілмеген
invalid-iin_leading_zero_lost = ЖСН-да 11 цифр: Excel бастапқы 0-ді өшірген болар (бағанға «Мәтін» форматын беріңіз)
invalid-unknown_gender = жынысы танылмады (ер/әйел)
invalid-unknown_consent = келісім танылмады (иә/жоқ)
invalid-unknown_role = рөлі танылмады (қатысушы, баяндамашы, ұйымдастырушы, қонақ, жеңімпаз, марапатталған)
invalid-unknown_org_kind = ұйым түрі танылмады
export-yes = иә
export-no = жоқ
col-surname = Тегі
col-name = Аты
col-patronymic = Әкесінің аты
col-gender = Жынысы
col-organisation = Ұйым
col-position = Лауазымы
col-phone = Телефон
col-email = E-mail
col-categories = Санаты
col-iin = ЖСН
col-consent = Келісім
col-consent-date = Келісім күні
col-notes = Ескерту
col-name-kk = Атауы (қаз)
col-name-ru = Атауы (орыс)
col-kind = Түрі
col-district = Аудан
col-address = Мекенжай
col-contact = Байланыс тұлғасы
col-starts-at = Басталуы
col-ends-at = Аяқталуы
col-event-kind = Іс-шара түрі
col-campaign = Науқан
col-title-kk = Атауы (қаз)
col-title-ru = Атауы (орыс)
col-place = Өтетін орны
col-status = Мәртебесі
col-registered = Тіркелген қатысушылар
col-headcount = Қамту (адам)
col-proposals = Ұсыныстар
col-media = Жарияланымдар
cli-import-done = Жасалды: { $created }, бұрыннан бар: { $existing }, өткізілді: { $skipped }, іс-шараға қосылды: { $added }.
cli-import-preview = Жолдар: { $total }, дұрыс: { $valid } (оның ішінде бұрыннан бар: { $existing }), қатесі бар: { $invalid }.
cli-import-dry-run = Тексеру ғана: дерекқорға ештеңе жазылған жоқ.
cli-import-problem = { $line }-жол, «{ $column }» бағаны: { $reason } ({ $value })

## Settings: editable lists
settings-categories = Адамдардың санаттары
settings-campaigns = Науқандар мен бастамалар
settings-list-add = Қосу
settings-list-name-kk = Атауы (қазақша)
settings-list-name-ru = Атауы (орысша)

## Import screen
nav-import = Импорт
import-open = Импорттау
import-open-event = Қатысушылар тізімін импорттау
import-title-people = Адамдарды импорттау
import-title-organisations = Ұйымдарды импорттау
import-title-event = Қатысушылар тізімін импорттау
import-back-event = Іс-шараға оралу
import-intro-people = Адамдар тізімі бар Excel не CSV кестесін таңдаңыз. Бірінші жол — бағандардың тақырыптары: Kense бағандарды тақырыбы бойынша таниды, ал сіз сәйкестігін тексересіз. Тізілімде бұрыннан бар адамдар қайталанбайды.
import-intro-organisations = Ұйымдар тізімі бар Excel не CSV кестесін таңдаңыз. Бірінші жол — бағандардың тақырыптары. Тізілімде бұрыннан бар ұйымдар қайталанбайды.
import-intro-event = Қатысушылар тізімі бар кестені таңдаңыз (мысалы, тіркеу парағы). Жаңа адамдар тізілімге қосылады, ал барлығы осы іс-шараға тіркеледі.
import-intro-formats = Excel (.xlsx, .xls), OpenDocument (.ods) және CSV файлдары жарайды. «Импорттау» батырмасын басқанға дейін дерекқорға ештеңе жазылмайды.
import-choose-file = Файлды таңдау…
import-choose-other = Басқа файлды таңдау…
import-file-filter = Кестелер (Excel, CSV, OpenDocument)
import-file = Файл
import-path = Орналасқан жері
import-format = Пішімі
import-sheet = Парақ
import-cp1251-title = Файл Windows-1251 кодтауында сақталған
import-cp1251-body = Бұл кодтауда қазақ әріптері (ә, ғ, қ, ң, ө, ұ, ү, һ, і) жоқ: Excel оларды «?» таңбасымен алмастырған. Кестені Excel-де «Excel кітабы (*.xlsx)» не «CSV UTF-8» түрінде сақтап, файлды қайта таңдаңыз.
import-mapping = Бағандардың сәйкестігі
import-mapping-hint = Файлдың әр бағаны үшін ондағы деректерді таңдаңыз. «Импорттамау» деп белгіленген бағандар өткізіліп жіберіледі.
import-col-column = Файл бағаны
import-col-sample = Мән үлгісі
import-col-field = Қайда импорттау
import-col-line = Жол
import-col-problem = Қате
import-col-value = Мәні
import-no-header = (тақырыбы жоқ)
import-field-for = «{ $column }» бағанын қайда импорттау
import-field-none = — импорттамау —
import-no-column = бағаны жоқ
import-empty-value = бос
import-missing-people = Бағандар жетіспейді: { $fields }. «Тегі» мен «Аты» не бір «Толық аты-жөні» бағаны қажет: оларды жоғарыдағы кестеден таңдаңыз.
import-missing-organisations = Атауы бар баған көрсетілмеген: кемінде бір баған үшін «Атауы (қазақша)» не «Атауы (орысша)» таңдаңыз.
import-missing-any = Қажетті бағандар (тегі мен аты, не атауы) көрсетілмеген.
import-check = Жолдарды тексеру
import-count-total = файлдағы жолдар
import-count-valid = қатесіз
import-count-existing = тізілімде бұрыннан бар
import-count-invalid = қатесі бар
import-problems = Жолдар мен бағандар бойынша қателер
import-problems-more = { $total } жолдың { $shown } жолындағы қателер көрсетілді.
import-no-problems = Қате жоқ: барлық жолдарды импорттауға болады.
import-skip-invalid = Қатесі бар жолдарды өткізіп жіберу ({ $count })
import-commit = Импорттау
import-committing = Импортталуда…
import-reading = Файл оқылуда…
import-blocked = Файлдағы қателерді түзетіңіз немесе «Қатесі бар жолдарды өткізіп жіберу» белгісін қойыңыз.
import-done = Импорт аяқталды
import-outcome-created = Тізілімге қосылды
import-outcome-existing = Тізілімде бұрыннан бар
import-outcome-skipped = Өткізіліп жіберілген қате жолдар
import-outcome-added = Іс-шараға тіркелді
import-another = Тағы бір файлды импорттау
import-field-surname = Тегі
import-field-name = Аты
import-field-patronymic = Әкесінің аты
import-field-full_name = Толық аты-жөні
import-field-gender = Жынысы
import-field-organisation = Ұйым
import-field-position = Лауазымы
import-field-phone = Телефон
import-field-email = Электрондық пошта
import-field-categories = Санаттар
import-field-iin = ЖСН
import-field-consent = Дербес деректерді өңдеуге келісім
import-field-consent_date = Келісім берілген күні
import-field-notes = Ескертпе
import-field-role = Іс-шарадағы рөлі
import-field-name_kk = Атауы (қазақша)
import-field-name_ru = Атауы (орысша)
import-field-kind = Ұйым түрі
import-field-district = Аудан
import-field-address = Мекенжай
import-field-contact = Байланыс тұлғасы
import-format-xlsx = Excel кітабы (.xlsx)
import-format-xlsb = Excel екілік кітабы (.xlsb)
import-format-xls = Excel 97–2003 кітабы (.xls)
import-format-ods = OpenDocument кестесі (.ods)
import-format-csv_utf8 = CSV, UTF-8 кодтауы
import-format-csv_utf16 = CSV, UTF-16 кодтауы (Юникод)
import-format-csv_windows1251 = CSV, Windows-1251 кодтауы

## Export
export-open = Экспорттау
export-busy = Экспортталуда…
export-as-xlsx = Excel (.xlsx)
export-as-xlsx-hint = қарауға және басып шығаруға арналған кесте
export-as-csv = CSV (.csv)
export-as-csv-hint = басқа бағдарламаларға арналған мәтін
export-filter-xlsx = Excel кітабы
export-filter-csv = CSV файлы
export-done = Файл сақталды
export-failed = Экспорттау мүмкін болмады

## History of changes
history-title = Өзгерістер тарихы
history-none = Өзгерістер әлі жоқ.
history-latest = Соңғы өзгерістер көрсетілді: { $count }.
history-retry = Қайталау
change-action-create = Жасалды
change-action-update = Өзгертілді
change-action-delete = Жойылды
change-action-restore = Қалпына келтірілді
change-action-import = Импортталды

## Global search (sidebar)
global-search-label = Адамдар мен ұйымдар бойынша іздеу
global-search-placeholder = Іздеу (Ctrl+K)
global-search-results = Іздеу нәтижелері
global-search-people = Адамдар
global-search-organisations = Ұйымдар
global-search-people-count = Адамдар: { $count }
global-search-all = Барлығын көру
global-search-empty = Ештеңе табылмады
global-search-failed = Іздеу мүмкін болмады
