//! The vocabulary of refusals: why a value was refused ([`Invalid`]) and
//! which field it was for ([`FieldName`]). One vocabulary for the forms'
//! validators, the store's refusals, an import's row problems and an import
//! file's errors: each is serialised as its snake_case code, exported to
//! TypeScript, and translated as `invalid-<reason>` and `field-<field>` in
//! the `.ftl` files (the UI and the CLI alike). A test fails when one lacks
//! its translation in Kazakh or Russian.

use crate::code_enum::code_enum;

code_enum!([]
    /// Why a value was refused: stable codes the UI and the CLI translate
    /// (`invalid-<reason>` in the `.ftl` files, with `$limit` where it
    /// applies). A code is never renamed, only added.
    Invalid {
        /// Empty where a value is needed.
        Required = "required",
        /// Longer than `limit` characters.
        TooLong = "too_long",
        /// Contains control characters.
        ControlCharacters = "control_characters",
        /// Not an e-mail address.
        NotAnEmail = "not_an_email",
        /// Not one of the time zones of Kazakhstan.
        NotAKazakhstanTimeZone = "not_a_kazakhstan_time_zone",
        /// Not `kk` or `ru`.
        UnknownLanguage = "unknown_language",
        /// Not a PNG or JPEG image.
        NotAnImage = "not_an_image",
        /// Larger than `limit` bytes.
        TooLarge = "too_large",
        /// An import file's cell holds more than `limit` KB of text.
        CellTooLarge = "cell_too_large",
        /// An import file's row is longer than `limit` KB.
        RowTooLarge = "row_too_large",
        /// An import workbook unpacks to more than `limit` MB.
        WorkbookTooLarge = "workbook_too_large",
        /// An import sheet's used range spans more than `limit` cells.
        SheetTooLarge = "sheet_too_large",
        /// Not a hub address (`postgres://USER@HOST:PORT/DB`).
        NotAHubUrl = "not_a_hub_url",
        /// A hub address holding a password (Kense never stores one).
        PasswordInUrl = "password_in_url",
        /// Not a known settings key.
        UnknownSetting = "unknown_setting",
        /// Not a phone number written in a way we understand.
        NotAPhone = "not_a_phone",
        /// Not a valid IIN (12 digits with a correct check digit and birth date).
        NotAnIin = "not_an_iin",
        /// Another person already has this IIN.
        DuplicateIin = "duplicate_iin",
        /// Not a date (or date and time) we understand.
        NotADate = "not_a_date",
        /// The end is before the start.
        EndsBeforeStart = "ends_before_start",
        /// A negative or non-numeric count.
        NotACount = "not_a_count",
        /// Refers to a row that does not exist.
        UnknownReference = "unknown_reference",
        /// The file is neither an Excel workbook nor CSV.
        NotATable = "not_a_table",
        /// The file could not be opened (damaged or password-protected).
        UnreadableFile = "unreadable_file",
        /// The file is empty.
        EmptyFile = "empty_file",
        /// The file has headers but no data rows.
        NoRows = "no_rows",
        /// More than `limit` rows.
        TooManyRows = "too_many_rows",
        /// `limit` rows have problems and were not skipped.
        RowsWithProblems = "rows_with_problems",
        /// The columns a kind needs (e.g. surname and name) are not mapped.
        MissingColumns = "missing_columns",
        /// 11 digits: Excel dropped the IIN's leading zero.
        IinLeadingZeroLost = "iin_leading_zero_lost",
        /// Not a gender we recognise.
        UnknownGender = "unknown_gender",
        /// Not a yes/no we recognise.
        UnknownConsent = "unknown_consent",
        /// Not an event role we recognise.
        UnknownRole = "unknown_role",
        /// Not an organisation kind we recognise.
        UnknownOrgKind = "unknown_org_kind",
        /// A `{placeholder}` the templates do not know.
        UnknownPlaceholder = "unknown_placeholder",
        /// Not a verification code (`26-0042-K3QX`).
        NotAVerificationCode = "not_a_verification_code",
        /// Not a register number (`АХ-2026/0042`).
        NotADocumentNumber = "not_a_document_number",
        /// The document is no longer issued (already spoiled, revoked or reissued).
        NotIssued = "not_issued",
        /// A batch with nobody to issue to.
        NoRecipients = "no_recipients",
        /// Not a colour written as `#RRGGBB`.
        NotAColor = "not_a_color",
        /// Not a value this field accepts.
        UnknownValue = "unknown_value",
        /// A CSV quote never closed; `limit` holds the row it opened in.
        UnclosedQuote = "unclosed_quote",
        /// More than `limit` columns.
        TooManyColumns = "too_many_columns",
        /// The event has not taken place by the date of issue; issuing needs a
        /// confirmation.
        EventNotHeld = "event_not_held",
        /// An image wider or taller than `limit` pixels.
        TooManyPixels = "too_many_pixels",
        /// Recording an event that has not begun as held, or its people as
        /// present; recording it anyway needs a confirmation.
        EventNotBegun = "event_not_begun",
        /// A headcount lower than the `limit` people ticked present by name.
        HeadcountBelowPresent = "headcount_below_present",
    }
);

code_enum!([]
    /// The fields that refusals name: a form's input, an import file, a
    /// setting. Translated as `field-<field>` (the label a user sees on the
    /// form), so no message shows an internal key.
    FieldName {
        /// Labelled «Түсі» / «Цвет».
        AccentColor = "accent_color",
        /// Labelled «Мекенжай» / «Адрес».
        Address = "address",
        /// Labelled «Мекенжай (қазақша)» / «Адрес (на казахском)».
        AddressKk = "address_kk",
        /// Labelled «Мекенжай (орысша)» / «Адрес (на русском)».
        AddressRu = "address_ru",
        /// Labelled «Кімге» / «Адресат».
        Addressee = "addressee",
        /// Labelled «Келу уақыты» / «Время прибытия».
        ArrivesAt = "arrives_at",
        /// Labelled «Күні бойынша» / «На дату» (a report's `asOf`).
        AsOf = "as_of",
        /// Labelled «Бос жолдар» / «Пустые строки».
        BlankRows = "blank_rows",
        /// Labelled «Мәтіні (қазақша)» / «Текст (на казахском)».
        BodyKk = "body_kk",
        /// Labelled «Мәтіні (орысша)» / «Текст (на русском)».
        BodyRu = "body_ru",
        /// Labelled «Науқан» / «Кампания».
        Campaign = "campaign",
        /// Labelled «Науқан» / «Кампания».
        CampaignId = "campaign_id",
        /// Labelled «Сурет атауы» / «Подпись».
        Caption = "caption",
        /// Labelled «Санаттар» / «Категории».
        Categories = "categories",
        /// Labelled «Қала (қазақша)» / «Город (на казахском)».
        CityKk = "city_kk",
        /// Labelled «Қала (орысша)» / «Город (на русском)».
        CityRu = "city_ru",
        /// Labelled «Тексеру коды» / «Код проверки».
        Code = "code",
        /// Labelled «Растау» / «Подтверждение».
        ConfirmFuture = "confirm_future",
        /// Labelled «Келісім берілген күні» / «Дата согласия».
        ConsentDate = "consent_date",
        /// Labelled «Байланыс тұлғасы» / «Контактное лицо».
        Contact = "contact",
        /// Labelled «Фото авторы» / «Автор фото».
        Credit = "credit",
        /// Labelled «Күні» / «Дата».
        Day = "day",
        /// Labelled «Кету уақыты» / «Время отъезда».
        DepartsAt = "departs_at",
        /// Labelled «Сипаттамасы» / «Описание».
        Description = "description",
        /// Labelled «Аудан» / «Район».
        District = "district",
        /// Labelled «Аудан (қазақша)» / «Район (на казахском)».
        DistrictKk = "district_kk",
        /// Labelled «Аудан (орысша)» / «Район (на русском)».
        DistrictRu = "district_ru",
        /// Labelled «Құжат» / «Документ».
        Document = "document",
        /// Labelled «Электрондық пошта» / «Электронная почта».
        Email = "email",
        /// Labelled «Аяқталуы» / «Окончание».
        EndsAt = "ends_at",
        /// Labelled «Файл» / «Файл».
        File = "file",
        /// Labelled «Бастапқы күні» / «Начальная дата».
        From = "from",
        /// Labelled «Аты-жөні (қазақша)» / «ФИО (на казахском)».
        FullNameKk = "full_name_kk",
        /// Labelled «Аты-жөні (орысша)» / «ФИО (на русском)».
        FullNameRu = "full_name_ru",
        /// Labelled «Табыс етілген күні» / «Дата вручения».
        HandedOn = "handed_on",
        /// Labelled «Жалпы қатысушылар саны» / «Общее число участников».
        Headcount = "headcount",
        /// Labelled «Қабылдайтын тұлға» / «Принимающий».
        HostName = "host_name",
        /// Labelled «Қабылдайтын тұлғаның телефоны» / «Телефон принимающего».
        HostPhone = "host_phone",
        /// Labelled «Хаб мекенжайы» / «Адрес хаба».
        HubUrl = "hub_url",
        /// Labelled «ЖСН» / «ИИН».
        Iin = "iin",
        /// Labelled «Берілген күні» / «Дата выдачи».
        IssuedOn = "issued_on",
        /// Labelled «Берген орган» / «Кем выдано».
        Issuer = "issuer",
        /// Labelled «Баптау кілті» / «Ключ настройки».
        Key = "key",
        /// Labelled «Түрі» / «Вид».
        Kind = "kind",
        /// Labelled «Куәліктің атауы» / «Название удостоверения».
        KindOther = "kind_other",
        /// Labelled «Құжат тілі» / «Язык документа».
        Lang = "lang",
        /// Labelled «Тіл» / «Язык».
        Language = "language",
        /// Labelled «Логотип» / «Логотип».
        Logo = "logo",
        /// Labelled «Жиналу орны (қазақша)» / «Место сбора (на казахском)».
        MeetingPointKk = "meeting_point_kk",
        /// Labelled «Жиналу орны (орысша)» / «Место сбора (на русском)».
        MeetingPointRu = "meeting_point_ru",
        /// Labelled «Ай» / «Месяц».
        Month = "month",
        /// Labelled «Айлар» / «Месяцы».
        Months = "months",
        /// Labelled «Аты» / «Имя».
        Name = "name",
        /// Labelled «Атауы (қазақша)» / «Название (на казахском)».
        NameKk = "name_kk",
        /// Labelled «Атауы (орысша)» / «Название (на русском)».
        NameRu = "name_ru",
        /// Labelled «Номинациясы не орны (қазақша)» / «Номинация или место (на казахском)».
        NominationKk = "nomination_kk",
        /// Labelled «Номинациясы не орны (орысша)» / «Номинация или место (на русском)».
        NominationRu = "nomination_ru",
        /// Labelled «Ескертпе» / «Примечание».
        Notes = "notes",
        /// Labelled «Нөмір» / «Номер».
        Number = "number",
        /// Labelled «Кеңсе коды» / «Код офиса».
        OfficeCode = "office_code",
        /// Labelled «Кеңсе идентификаторы» / «Идентификатор офиса».
        OfficeId = "office_id",
        /// Labelled «Ұйым» / «Организация».
        Organisation = "organisation",
        /// Labelled «Нәтижелері» / «Итоги».
        Outcomes = "outcomes",
        /// Labelled «Басылым (БАҚ)» / «Издание (СМИ)».
        Outlet = "outlet",
        /// Labelled «Хаб пакеті» / «Пакет хаба».
        Package = "package",
        /// Labelled «Тараптар (қазақша)» / «Стороны (на казахском)».
        PartiesKk = "parties_kk",
        /// Labelled «Тараптар (орысша)» / «Стороны (на русском)».
        PartiesRu = "parties_ru",
        /// Labelled «Құпия сөз» / «Пароль».
        Passphrase = "passphrase",
        /// Labelled «Әкесінің аты» / «Отчество».
        Patronymic = "patronymic",
        /// Labelled «Телефон» / «Телефон».
        Phone = "phone",
        /// Labelled «Адам» / «Человек».
        PersonId = "person_id",
        /// Labelled «Фотосурет» / «Фотография».
        Photo = "photo",
        /// Labelled «Өтетін орны (қазақша)» / «Место проведения (на казахском)».
        PlaceKk = "place_kk",
        /// Labelled «Өтетін орны (орысша)» / «Место проведения (на русском)».
        PlaceRu = "place_ru",
        /// Labelled «Лауазымы (қазақша)» / «Должность (на казахском)».
        PositionKk = "position_kk",
        /// Labelled «Лауазымы (орысша)» / «Должность (на русском)».
        PositionRu = "position_ru",
        /// Labelled «Қатысқандар» / «Присутствовавшие».
        Present = "present",
        /// Labelled «Түскен ұсыныстар саны» / «Поступило предложений».
        ProposalsCount = "proposals_count",
        /// Labelled «Жарияланған күні» / «Дата публикации».
        PublishedOn = "published_on",
        /// Labelled «Себебі» / «Причина».
        Reason = "reason",
        /// Labelled «Алушылар» / «Получатели».
        Recipients = "recipients",
        /// Labelled «Облыс (қазақша)» / «Область (на казахском)».
        RegionKk = "region_kk",
        /// Labelled «Облыс (орысша)» / «Область (на русском)».
        RegionRu = "region_ru",
        /// Labelled «Қаратпа сөз (қазақша)» / «Обращение (на казахском)».
        SalutationKk = "salutation_kk",
        /// Labelled «Қаратпа сөз (орысша)» / «Обращение (на русском)».
        SalutationRu = "salutation_ru",
        /// Labelled «ЖСН-ді жіберу» / «Отправка ИИН».
        SendIin = "send_iin",
        /// Labelled «Серия» / «Серия».
        Series = "series",
        /// Labelled «Не көрсетіледі (қазақша)» / «Что показывают (на казахском)».
        ShowingKk = "showing_kk",
        /// Labelled «Не көрсетіледі (орысша)» / «Что показывают (на русском)».
        ShowingRu = "showing_ru",
        /// Labelled «Қол қоюшы» / «Подписант».
        SignatoryId = "signatory_id",
        /// Labelled «Қол қойылған күні» / «Дата подписания».
        SignedOn = "signed_on",
        /// Labelled «Нысан (қазақша)» / «Объект (на казахском)».
        SiteKk = "site_kk",
        /// Labelled «Нысан (орысша)» / «Объект (на русском)».
        SiteRu = "site_ru",
        /// Labelled «Басталуы» / «Начало».
        StartsAt = "starts_at",
        /// Labelled «Мәртебесі» / «Статус».
        Status = "status",
        /// Labelled «Аялдамалар» / «Остановки».
        Stops = "stops",
        /// Labelled «Мәні (қазақша)» / «Предмет (на казахском)».
        SubjectKk = "subject_kk",
        /// Labelled «Мәні (орысша)» / «Предмет (на русском)».
        SubjectRu = "subject_ru",
        /// Labelled «Тақырып асты (қазақша)» / «Подзаголовок (на казахском)».
        SubtitleKk = "subtitle_kk",
        /// Labelled «Тақырып асты (орысша)» / «Подзаголовок (на русском)».
        SubtitleRu = "subtitle_ru",
        /// Labelled «Тегі» / «Фамилия».
        Surname = "surname",
        /// Labelled «Үлгі» / «Шаблон».
        Template = "template",
        /// Labelled «Мәтіні» / «Текст».
        Text = "text",
        /// Labelled «Уақыт белдеуі» / «Часовой пояс».
        TimeZone = "time_zone",
        /// Labelled «Атауы (қазақша)» / «Название (на казахском)».
        TitleKk = "title_kk",
        /// Labelled «Атауы (орысша)» / «Название (на русском)».
        TitleRu = "title_ru",
        /// Labelled «Дейін» / «По».
        To = "to",
        /// Labelled «Көлік (қазақша)» / «Транспорт (на казахском)».
        TransportKk = "transport_kk",
        /// Labelled «Көлік (орысша)» / «Транспорт (на русском)».
        TransportRu = "transport_ru",
        /// Labelled «Идентификатор» / «Идентификатор».
        Uid = "uid",
        /// Labelled «Сілтеме» / «Ссылка».
        Url = "url",
        /// Labelled «Қаралым саны» / «Просмотры».
        Views = "views",
        /// Labelled «Не берілді» / «Что передано».
        What = "what",
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_serialise_as_their_wire_names() {
        for reason in Invalid::ALL {
            let json = serde_json::to_string(reason).unwrap();
            assert_eq!(json, format!("\"{}\"", reason.as_str()));
        }
        for field in FieldName::ALL {
            let json = serde_json::to_string(field).unwrap();
            assert_eq!(json, format!("\"{}\"", field.as_str()));
        }
    }
}
