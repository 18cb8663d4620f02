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
error-details = Толығырақ
open-error-title = Дерекқорды ашу мүмкін болмады
open-error-path = Дерекқор файлы

## CLI
cli-schema-version = Схема нұсқасы: { $version } (бағдарлама { $supported } нұсқасына дейін біледі)
cli-integrity-ok = Тұтастығын тексеру: ok
cli-integrity-failed = Тұтастығын тексеру сәтсіз аяқталды:
cli-database = Дерекқор: { $path }
cli-saved = Сақталды: { $key }
cli-written = Жазылды: { $path }

## Test page
test-page-title = Kense — сынақ беті
