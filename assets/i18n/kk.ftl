# Kense — қазақша. Every key here must exist in ru.ftl too (a test checks).

app-name = Kense
app-tagline = Жобалық кеңсе

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
settings-language = Интерфейс тілі

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
error-validation = «{ $field }» өрісі дұрыс толтырылмаған: { $message }
error-not_found = Жазба табылмады (жойылған болуы мүмкін).
error-internal = Күтпеген қате орын алды.
error-details = Толығырақ

## CLI
cli-schema-version = Схема нұсқасы: { $version } (бағдарлама { $supported } нұсқасына дейін біледі)
cli-integrity-ok = Тұтастығын тексеру: ok
cli-integrity-failed = Тұтастығын тексеру сәтсіз аяқталды:
cli-database = Дерекқор: { $path }
cli-saved = Сақталды: { $key }
cli-written = Жазылды: { $path }

## Test page
test-page-title = Kense — сынақ беті
