# Kense — по-русски. Every key here must exist in kk.ftl too (a test checks).

app-name = Kense
app-tagline = Проектный офис
app-loading = Загрузка…
app-version = Версия { $version }

## Navigation
nav-dashboard = Главная
nav-calendar = Календарь
nav-events = Мероприятия
nav-people = Люди
nav-organisations = Организации
nav-documents = Документы
nav-reports = Отчёты
nav-settings = Настройки
nav-language = Язык
nav-label = Основное меню
lang-kk = Қазақша
lang-ru = Русский

## Screens not built yet
not-built-title = Раздел в разработке
not-built-body = Раздел «{ $screen }» появится в следующих версиях Kense.

## Dashboard
dashboard-title = Главная
dashboard-office-missing = Название офиса ещё не указано.
dashboard-go-settings = Открыть настройки
dashboard-signatories = Подписанты
dashboard-campaigns = Кампании и инициативы
dashboard-database = База данных
dashboard-schema = Версия схемы: { $version }
dashboard-no-default-signatory = Подписант по умолчанию не выбран.
dashboard-no-campaigns = Кампаний и инициатив пока нет.

## Settings
settings-title = Настройки
settings-office = Профиль офиса
settings-office-name-kk = Название (на казахском)
settings-office-name-ru = Название (на русском)
settings-region-kk = Область (на казахском)
settings-region-ru = Область (на русском)
settings-city-kk = Город (на казахском)
settings-city-ru = Город (на русском)
settings-address-kk = Адрес (на казахском)
settings-address-ru = Адрес (на русском)
settings-phone = Телефон
settings-email = Электронная почта
settings-time-zone = Часовой пояс
settings-save = Сохранить
settings-saved = Сохранено
settings-signatories = Подписанты
settings-signatory-name-kk = ФИО (на казахском)
settings-signatory-name-ru = ФИО (на русском)
settings-signatory-position-kk = Должность (на казахском)
settings-signatory-position-ru = Должность (на русском)
settings-signatory-default = Подписант по умолчанию
settings-signatory-add = Добавить подписанта
settings-signatory-edit = Изменить
settings-signatory-delete = Удалить
settings-signatory-cancel = Отмена
settings-signatory-none = Подписантов пока нет.
settings-signatory-new = Новый подписант
settings-signatory-editing = Изменение подписанта
settings-signatory-default-badge = По умолчанию
settings-signatory-delete-confirm = Удалить «{ $name }»?
settings-signatory-delete-yes = Да, удалить
settings-language = Язык интерфейса

## Time zones (city of each IANA zone)
tz-almaty = Алматы
tz-qostanay = Костанай
tz-qyzylorda = Кызылорда
tz-aqtobe = Актобе
tz-aqtau = Актау
tz-atyrau = Атырау
tz-oral = Уральск

## Field names (used in validation messages)
field-name_kk = Название (на казахском)
field-name_ru = Название (на русском)
field-region_kk = Область (на казахском)
field-region_ru = Область (на русском)
field-city_kk = Город (на казахском)
field-city_ru = Город (на русском)
field-address_kk = Адрес (на казахском)
field-address_ru = Адрес (на русском)
field-phone = Телефон
field-email = Электронная почта
field-time_zone = Часовой пояс
field-full_name_kk = ФИО (на казахском)
field-full_name_ru = ФИО (на русском)
field-position_kk = Должность (на казахском)
field-position_ru = Должность (на русском)
field-logo = Логотип
field-language = Язык
field-key = Ключ настройки

## Errors, by stable code
error-title = Ошибка
error-db_newer_schema = Эта база данных записана более новой версией Kense. Обновите программу; файл не изменён.
error-db_not_kense = Этот файл не является базой данных Kense; файл не изменён.
error-db_damaged = База данных повреждена; файл не изменён. Восстановите её из резервной копии.
error-db_io = Не удалось прочитать или записать файл базы данных.
error-disk_full = На диске нет места.
error-validation = Поле «{ $field }» заполнено неверно: { $reason }
error-not_found = Запись не найдена (возможно, удалена).
error-render = Не удалось сформировать документ.
error-internal = Произошла непредвиденная ошибка.

## Why a field was refused (invalid-<reason>)
invalid-required = обязательно для заполнения
invalid-too_long = слишком длинно, не более { $limit } символов
invalid-control_characters = содержит управляющие символы
invalid-not_an_email = не адрес электронной почты
invalid-not_a_kazakhstan_time_zone = не часовой пояс Казахстана
invalid-unknown_language = неизвестный язык (kk или ru)
invalid-not_an_image = должно быть изображение PNG или JPEG
invalid-too_large = слишком большой файл, не более { $limit } байт
invalid-unknown_setting = такой настройки нет
invalid-not_a_phone = не номер телефона (например, +7 701 123 45 67)
invalid-not_an_iin = неверный ИИН (12 цифр, контрольная цифра должна сходиться)
invalid-duplicate_iin = этот ИИН уже есть у другого человека
invalid-not_a_date = неверная дата
invalid-ends_before_start = окончание раньше начала
invalid-not_a_count = должно быть неотрицательное число
invalid-unknown_reference = такой записи нет
error-details = Подробнее
open-error-title = Не удалось открыть базу данных
open-error-path = Файл базы данных

## CLI
cli-schema-version = Версия схемы: { $version } (программа знает версии до { $supported })
cli-integrity-ok = Проверка целостности: ok
cli-integrity-failed = Проверка целостности не пройдена:
cli-database = База данных: { $path }
cli-saved = Сохранено: { $key }
cli-demo-done = Демо-офис заполнен: организаций { $organisations }, людей { $people }, мероприятий { $events }, записей участия { $attendance }, публикаций { $media }.
cli-written = Записано: { $path }

## Test page
test-page-title = Kense — тестовая страница

## Registry: field names (labels and validation messages)
field-surname = Фамилия
field-name = Имя
field-patronymic = Отчество
field-gender = Пол
field-organisation = Организация
field-position = Должность
field-iin = ИИН
field-consent = Дано согласие на обработку персональных данных
field-consent_date = Дата согласия
field-categories = Категории
field-notes = Примечание
field-kind = Вид
field-district = Район
field-address = Адрес
field-contact = Контактное лицо
field-campaign = Кампания
field-title_kk = Название (на казахском)
field-title_ru = Название (на русском)
field-starts_at = Начало
field-ends_at = Окончание
field-place = Место проведения
field-status = Статус
field-headcount = Общее число участников
field-outcomes = Итоги
field-proposals_count = Поступило предложений
field-outlet = Издание (СМИ)
field-url = Ссылка
field-published_on = Дата публикации
field-views = Просмотры
field-parties = Стороны
field-subject = Предмет
field-signed_on = Дата подписания
field-description = Описание

## Registry: vocabularies (<vocabulary>-<value>)
gender-male = Мужской
gender-female = Женский
role-participant = Участник
role-speaker = Докладчик
role-organiser = Организатор
role-guest = Гость
role-winner = Победитель
role-awardee = Награждённый
org-kind-state_body = Государственный орган
org-kind-law_enforcement = Правоохранительный орган
org-kind-ngo = Неправительственная организация
org-kind-education = Организация образования
org-kind-business = Бизнес
org-kind-media = СМИ
org-kind-other = Другое
event-kind-open_door_visit = День открытых дверей
event-kind-site_tour = Объезд объектов
event-kind-lecture = Лекция
event-kind-forum = Форум
event-kind-council_meeting = Заседание координационного совета
event-kind-master_class = Мастер-класс
event-kind-round_table = Круглый стол
event-kind-contest = Конкурс
event-kind-exhibition = Выставка
event-kind-prevention_action = Профилактическая акция
event-kind-training = Тренинг
event-status-planned = Запланировано
event-status-held = Проведено
event-status-cancelled = Отменено

## Months (nominative)
month-1 = Январь
month-2 = Февраль
month-3 = Март
month-4 = Апрель
month-5 = Май
month-6 = Июнь
month-7 = Июль
month-8 = Август
month-9 = Сентябрь
month-10 = Октябрь
month-11 = Ноябрь
month-12 = Декабрь

## Common words of the registry screens
common-save = Сохранить
common-cancel = Отмена
common-edit = Изменить
common-delete = Удалить
common-undo = Отменить
common-restored = Восстановлено
common-close = Закрыть
common-yes = Да
common-no = Нет
common-not-set = — не указано —
common-all-districts = Все районы
common-clear-filters = Сбросить фильтры
common-found = Найдено: { $count }
common-too-many = показаны первые { $limit } записей, уточните поиск
common-nothing-found = Ничего не найдено.
picker-placeholder = Начните вводить для поиска…
picker-clear = Очистить
picker-nothing = Ничего не найдено
picker-failed = Не удалось загрузить список

## People
people-title = Люди
people-new = Добавить человека
people-search = Поиск по ФИО, телефону, организации или ИИН
people-filter-category = Категория
people-all-categories = Все категории
people-all-organisations = Все организации
people-col-name = ФИО
people-none = Людей пока нет. Нажмите «Добавить человека».
person-new-title = Новый человек
person-edit-title = Изменение данных человека
person-no-categories = Категорий пока нет.
person-duplicates-title = Возможно, этот человек уже есть в списке
person-duplicates-body = Похожих записей: { $count }. Откройте существующую запись или сохраните всё равно.
person-duplicate-name = совпадает ФИО
person-duplicate-phone = совпадает телефон
person-duplicate-iin = совпадает ИИН
person-open-existing = Открыть существующую
person-save-anyway = Всё равно сохранить
person-deleted = Запись «{ $name }» удалена
person-events = Мероприятия
person-events-count = Мероприятий: { $count }
person-awards-count = Наград: { $count }
person-no-events = Человек пока не записан ни на одно мероприятие.

## Organisations
orgs-title = Организации
orgs-new = Добавить организацию
orgs-search = Поиск по названию (на казахском или русском)
orgs-all-kinds = Все виды
orgs-col-name = Название
orgs-col-people = Людей
orgs-none = Организаций пока нет.
org-new-title = Новая организация
org-edit-title = Изменение организации
org-people = Люди организации
org-no-people = В этой организации пока никого нет.
org-deleted = Организация «{ $name }» удалена

## Events
events-title = Мероприятия
events-new = Добавить мероприятие
events-month = Месяц
events-year = Год
events-prev-month = Предыдущий месяц
events-next-month = Следующий месяц
events-this-month = Текущий месяц
events-all-campaigns = Все кампании
events-all-statuses = Все статусы
events-count = Мероприятий: { $count }
events-none = В этом месяце мероприятий нет.
events-col-when = Дата
events-col-event = Мероприятие
events-col-registered = Записано
events-col-headcount = Охват
event-new-title = Новое мероприятие
event-edit-title = Изменение мероприятия
event-when = Время проведения
event-deleted = Мероприятие «{ $title }» удалено

## Attendance
attendance-title = Участники
attendance-registered = Записано: { $count }
attendance-present-count = Присутствовало: { $count }
attendance-headcount = Общий охват: { $count }
attendance-add-as = Роль
attendance-search = Найти человека, чтобы добавить
attendance-results = Результаты поиска
attendance-already = уже в списке
attendance-by-category = Добавить по категории
attendance-choose-category = Выберите категорию…
attendance-add-category = Добавить всех из категории
attendance-choose-organisation = Выберите организацию…
attendance-add-organisation = Добавить всех из организации
attendance-added = Добавлено новых: { $count }
attendance-none = На мероприятие пока никто не записан.
attendance-role = Роль
attendance-present = Присутствие
attendance-present-of = Присутствие: { $name }
attendance-remove = Убрать
attendance-remove-of = Убрать «{ $name }» из списка
attendance-was-present = Присутствовал(а)
attendance-was-absent = Отсутствовал(а)

## Media and memoranda
media-title = Публикации в СМИ
media-add = Добавить публикацию
media-none = Публикаций пока нет.
media-total = Публикаций: { $count }, просмотров: { $views }
media-views = Просмотров: { $count }
media-url-hint = Ссылка показана текстом: её можно скопировать
memo-title = Меморандумы
memo-add = Добавить меморандум
memo-none = Меморандумов пока нет.

## First run
first-run-title = Добро пожаловать в Kense!
first-run-body = База данных новая и пустая. Как вы хотите начать?
first-run-demo = Начать с демо-офиса
first-run-demo-hint = Будут добавлены примеры организаций, людей и мероприятий — удобно, чтобы освоиться с программой.
first-run-empty = Начать с пустой базы
first-run-empty-hint = Вы сразу вводите данные своего офиса.
first-run-filling = Заполняется…
first-run-demo-done = Демо-офис готов: организаций — { $organisations }, людей — { $people }, мероприятий — { $events }.

## Import and export (files)
field-file = Файл
invalid-not_a_table = это не таблица Excel и не CSV
invalid-unreadable_file = не удалось открыть (файл повреждён или защищён паролем)
invalid-empty_file = файл пуст
invalid-no_rows = есть заголовки, но нет данных
invalid-too_many_rows = не более { $limit } строк
invalid-rows_with_problems = в { $limit } строках есть ошибки: исправьте их или пропустите
invalid-missing_columns = не указаны нужные столбцы (фамилия и имя или наименование)
invalid-iin_leading_zero_lost = в ИИН 11 цифр: вероятно, Excel удалил ведущий 0 (задайте столбцу формат «Текстовый»)
invalid-unknown_gender = пол не распознан (м/ж)
invalid-unknown_consent = согласие не распознано (да/нет)
invalid-unknown_role = роль не распознана (участник, спикер, организатор, гость, победитель, награждённый)
invalid-unknown_org_kind = вид организации не распознан
export-yes = да
export-no = нет
col-surname = Фамилия
col-name = Имя
col-patronymic = Отчество
col-gender = Пол
col-organisation = Организация
col-position = Должность
col-phone = Телефон
col-email = E-mail
col-categories = Категория
col-iin = ИИН
col-consent = Согласие
col-consent-date = Дата согласия
col-notes = Примечание
col-name-kk = Наименование (каз)
col-name-ru = Наименование (рус)
col-kind = Вид
col-district = Район
col-address = Адрес
col-contact = Контактное лицо
col-starts-at = Начало
col-ends-at = Окончание
col-event-kind = Вид мероприятия
col-campaign = Кампания
col-title-kk = Название (каз)
col-title-ru = Название (рус)
col-place = Место проведения
col-status = Статус
col-registered = Зарегистрировано участников
col-headcount = Охват (чел.)
col-proposals = Предложений
col-media = Публикаций
cli-import-done = Создано: { $created }, уже были: { $existing }, пропущено: { $skipped }, добавлено на мероприятие: { $added }.
cli-import-preview = Строк: { $total }, верных: { $valid } (из них уже в базе: { $existing }), с ошибками: { $invalid }.
cli-import-dry-run = Только проверка: в базу ничего не записано.
cli-import-problem = Строка { $line }, столбец «{ $column }»: { $reason } ({ $value })

## Settings: editable lists
settings-categories = Категории людей
settings-campaigns = Кампании и инициативы
settings-list-add = Добавить
settings-list-name-kk = Название (на казахском)
settings-list-name-ru = Название (на русском)

## Import screen
nav-import = Импорт
import-open = Импорт
import-open-event = Импортировать список участников
import-title-people = Импорт людей
import-title-organisations = Импорт организаций
import-title-event = Импорт списка участников
import-back-event = К мероприятию
import-intro-people = Выберите таблицу Excel или CSV со списком людей. Первая строка — заголовки столбцов: Kense узнаёт столбцы по заголовкам, а вы проверите сопоставление. Люди, которые уже есть в реестре, не дублируются.
import-intro-organisations = Выберите таблицу Excel или CSV со списком организаций. Первая строка — заголовки столбцов. Организации, которые уже есть в реестре, не дублируются.
import-intro-event = Выберите таблицу со списком участников (например, лист регистрации). Новые люди будут добавлены в реестр, и все они будут записаны на это мероприятие.
import-intro-formats = Подходят файлы Excel (.xlsx, .xls), OpenDocument (.ods) и CSV. Пока вы не нажали «Импортировать», в базу ничего не записывается.
import-choose-file = Выбрать файл…
import-choose-other = Выбрать другой файл…
import-file-filter = Таблицы (Excel, CSV, OpenDocument)
import-file = Файл
import-path = Путь
import-format = Формат
import-sheet = Лист
import-cp1251-title = Файл сохранён в кодировке Windows-1251
import-cp1251-body = В этой кодировке нет казахских букв (ә, ғ, қ, ң, ө, ұ, ү, һ, і): Excel заменил их знаком «?». Сохраните таблицу в Excel как «Книга Excel (*.xlsx)» или «CSV UTF-8» и выберите файл снова.
import-mapping = Сопоставление столбцов
import-mapping-hint = Для каждого столбца файла выберите, какие данные в нём. Столбцы с отметкой «не импортировать» пропускаются.
import-col-column = Столбец файла
import-col-sample = Пример значения
import-col-field = Куда импортировать
import-col-line = Строка
import-col-problem = Ошибка
import-col-value = Значение
import-no-header = (без заголовка)
import-field-for = Куда импортировать столбец «{ $column }»
import-field-none = — не импортировать —
import-no-column = нет столбца
import-empty-value = пусто
import-missing-people = Не хватает столбцов: { $fields }. Нужны «Фамилия» и «Имя» или один столбец «ФИО полностью»: выберите их в таблице выше.
import-missing-organisations = Не указан столбец с наименованием: выберите «Наименование (на казахском)» или «Наименование (на русском)» хотя бы для одного столбца.
import-missing-any = Не указаны нужные столбцы (фамилия и имя или наименование).
import-check = Проверка строк
import-count-total = строк в файле
import-count-valid = без ошибок
import-count-existing = уже есть в реестре
import-count-invalid = с ошибками
import-problems = Ошибки по строкам и столбцам
import-problems-more = Показаны ошибки в { $shown } строках из { $total }.
import-no-problems = Ошибок нет: все строки можно импортировать.
import-skip-invalid = Пропустить строки с ошибками ({ $count })
import-commit = Импортировать
import-committing = Импорт…
import-reading = Файл читается…
import-blocked = Исправьте ошибки в файле или отметьте «Пропустить строки с ошибками».
import-done = Импорт завершён
import-outcome-created = Добавлено в реестр
import-outcome-existing = Уже были в реестре
import-outcome-skipped = Пропущено строк с ошибками
import-outcome-added = Записано на мероприятие
import-another = Импортировать ещё один файл
import-field-surname = Фамилия
import-field-name = Имя
import-field-patronymic = Отчество
import-field-full_name = ФИО полностью
import-field-gender = Пол
import-field-organisation = Организация
import-field-position = Должность
import-field-phone = Телефон
import-field-email = Электронная почта
import-field-categories = Категории
import-field-iin = ИИН
import-field-consent = Согласие на обработку персональных данных
import-field-consent_date = Дата согласия
import-field-notes = Примечание
import-field-role = Роль на мероприятии
import-field-name_kk = Наименование (на казахском)
import-field-name_ru = Наименование (на русском)
import-field-kind = Вид организации
import-field-district = Район
import-field-address = Адрес
import-field-contact = Контактное лицо
import-format-xlsx = Книга Excel (.xlsx)
import-format-xlsb = Двоичная книга Excel (.xlsb)
import-format-xls = Книга Excel 97–2003 (.xls)
import-format-ods = Таблица OpenDocument (.ods)
import-format-csv_utf8 = CSV в кодировке UTF-8
import-format-csv_utf16 = CSV в кодировке UTF-16 (Юникод)
import-format-csv_windows1251 = CSV в кодировке Windows-1251

## Export
export-open = Экспорт
export-busy = Экспорт…
export-as-xlsx = Excel (.xlsx)
export-as-xlsx-hint = таблица для просмотра и печати
export-as-csv = CSV (.csv)
export-as-csv-hint = текст для других программ
export-filter-xlsx = Книга Excel
export-filter-csv = Файл CSV
export-done = Файл сохранён
export-failed = Не удалось выполнить экспорт

## History of changes
history-title = История изменений
history-none = Изменений пока нет.
history-latest = Показаны последние изменения: { $count }.
history-retry = Повторить
change-action-create = Создано
change-action-update = Изменено
change-action-delete = Удалено
change-action-restore = Восстановлено
change-action-import = Импортировано

## Global search (sidebar)
global-search-label = Поиск по людям и организациям
global-search-placeholder = Поиск (Ctrl+K)
global-search-results = Результаты поиска
global-search-people = Люди
global-search-organisations = Организации
global-search-people-count = Людей: { $count }
global-search-all = Показать все
global-search-empty = Ничего не найдено
global-search-failed = Не удалось выполнить поиск
