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
error-details = Подробнее
open-error-title = Не удалось открыть базу данных
open-error-path = Файл базы данных

## CLI
cli-schema-version = Версия схемы: { $version } (программа знает версии до { $supported })
cli-integrity-ok = Проверка целостности: ok
cli-integrity-failed = Проверка целостности не пройдена:
cli-database = База данных: { $path }
cli-saved = Сохранено: { $key }
cli-written = Записано: { $path }

## Test page
test-page-title = Kense — тестовая страница
