//! Which column holds which field, recognised from the header text in
//! Russian, Kazakh or English (case, `ё`, spaces and punctuation ignored).

use super::model::compact;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What is being imported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ImportKind {
    /// People (participants, activists, deputies…).
    People,
    /// Organisations.
    Organisations,
}

/// A field a column can be imported into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// Person: surname.
    Surname,
    /// Person: given name.
    Name,
    /// Person: patronymic.
    Patronymic,
    /// Person: «Surname Name Patronymic» in one column.
    FullName,
    /// Person: gender.
    Gender,
    /// Person: organisation (place of work or study).
    Organisation,
    /// Person: position.
    Position,
    /// Person: position in Kazakh.
    PositionKk,
    /// Person: position in Russian.
    PositionRu,
    /// Phone.
    Phone,
    /// E-mail.
    Email,
    /// Person: categories, several separated by `,` or `;`.
    Categories,
    /// Person: IIN.
    Iin,
    /// Person: consent to personal-data processing.
    Consent,
    /// Person: date of consent.
    ConsentDate,
    /// Notes.
    Notes,
    /// Person: role at the event.
    Role,
    /// Organisation: name in Kazakh.
    NameKk,
    /// Organisation: name in Russian.
    NameRu,
    /// Organisation: kind.
    Kind,
    /// Organisation: district.
    District,
    /// Organisation: address.
    Address,
    /// Organisation: contact person.
    Contact,
}

/// For each column of the table, the field it is imported into (`None`:
/// ignored). Shown in the preview; the user may change it.
pub type ColumnMapping = Vec<Option<Field>>;

const PEOPLE_FIELDS: &[Field] = &[
    Field::Surname,
    Field::Name,
    Field::Patronymic,
    Field::FullName,
    Field::Gender,
    Field::Organisation,
    Field::Position,
    Field::PositionKk,
    Field::PositionRu,
    Field::Phone,
    Field::Email,
    Field::Categories,
    Field::Iin,
    Field::Consent,
    Field::ConsentDate,
    Field::Notes,
    Field::Role,
];

const ORGANISATION_FIELDS: &[Field] = &[
    Field::NameKk,
    Field::NameRu,
    Field::Kind,
    Field::District,
    Field::Address,
    Field::Phone,
    Field::Email,
    Field::Contact,
    Field::Notes,
];

impl Field {
    /// The field as written on the wire (`full_name`, `name_kk`…).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Surname => "surname",
            Self::Name => "name",
            Self::Patronymic => "patronymic",
            Self::FullName => "full_name",
            Self::Gender => "gender",
            Self::Organisation => "organisation",
            Self::Position => "position",
            Self::PositionKk => "position_kk",
            Self::PositionRu => "position_ru",
            Self::Phone => "phone",
            Self::Email => "email",
            Self::Categories => "categories",
            Self::Iin => "iin",
            Self::Consent => "consent",
            Self::ConsentDate => "consent_date",
            Self::Notes => "notes",
            Self::Role => "role",
            Self::NameKk => "name_kk",
            Self::NameRu => "name_ru",
            Self::Kind => "kind",
            Self::District => "district",
            Self::Address => "address",
            Self::Contact => "contact",
        }
    }

    /// The fields a column may be mapped to for `kind`, in display order.
    pub fn for_kind(kind: ImportKind) -> &'static [Field] {
        match kind {
            ImportKind::People => PEOPLE_FIELDS,
            ImportKind::Organisations => ORGANISATION_FIELDS,
        }
    }

    /// True when several columns may feed this field (their values are
    /// combined); other fields take the first column only.
    pub fn allows_several_columns(self) -> bool {
        matches!(self, Self::Categories | Self::Notes)
    }
}

/// Header spellings that mean a field exactly.
type Exact = (Option<Field>, &'static [&'static str]);
/// A field whose header contains a stem of every group (a stem starting
/// with `^` must start the header).
type Stems = (Field, &'static [&'static [&'static str]]);

const PHONE: &[&str] = &[
    "телефон",
    "тел",
    "телефоны",
    "телефон номері",
    "номер телефона",
    "мобильный",
    "мобильный телефон",
    "моб",
    "сотовый",
    "ұялы телефон",
    "байланыс телефоны",
    "контактный телефон",
    "phone",
    "phone number",
    "tel",
    "mobile",
];
const EMAIL: &[&str] = &[
    "e-mail",
    "email",
    "эл почта",
    "эл адрес",
    "электронная почта",
    "электрондық пошта",
    "эл пошта",
    "почта",
    "пошта",
    "mail",
];
const NOTES: &[&str] = &[
    "примечание",
    "примечания",
    "ескерту",
    "ескертпе",
    "notes",
    "note",
    "комментарий",
    "comment",
    "comments",
];
/// Row-number columns: ignored.
const IGNORED: &[&str] = &[
    "№",
    "№ п/п",
    "п/п",
    "р/с",
    "n",
    "no",
    "nr",
    "num",
    "#",
    "номер",
    "рет саны",
];

const PEOPLE_EXACT: &[Exact] = &[
    (None, IGNORED),
    (
        Some(Field::Surname),
        &[
            "фамилия",
            "тегі",
            "тек",
            "surname",
            "last name",
            "family name",
        ],
    ),
    (
        Some(Field::Name),
        &["имя", "аты", "есімі", "name", "first name", "given name"],
    ),
    (
        Some(Field::Patronymic),
        &[
            "отчество",
            "әкесінің аты",
            "әкесінің есімі",
            "patronymic",
            "middle name",
        ],
    ),
    (
        Some(Field::FullName),
        &[
            "фио",
            "аты-жөні",
            "толық аты-жөні",
            "тегі аты әкесінің аты",
            "таә",
            "фамилия имя отчество",
            "фамилия имя",
            "full name",
        ],
    ),
    (
        Some(Field::Gender),
        &["пол", "жынысы", "жыныс", "gender", "sex"],
    ),
    (
        Some(Field::Organisation),
        &[
            "организация",
            "ұйым",
            "место работы",
            "жұмыс орны",
            "место работы (учебы)",
            "жұмыс (оқу) орны",
            "место учебы",
            "оқу орны",
            "учреждение",
            "мекеме",
            "organisation",
            "organization",
            "company",
        ],
    ),
    (
        Some(Field::PositionKk),
        &[
            "лауазымы (қаз)",
            "должность (каз)",
            "лауазымы (қазақша)",
            "position kk",
        ],
    ),
    (
        Some(Field::PositionRu),
        &[
            "лауазымы (орыс)",
            "должность (рус)",
            "лауазымы (орысша)",
            "position ru",
        ],
    ),
    (
        Some(Field::Position),
        &[
            "должность",
            "лауазымы",
            "лауазым",
            "қызметі",
            "position",
            "job title",
            "title",
        ],
    ),
    (Some(Field::Phone), PHONE),
    (Some(Field::Email), EMAIL),
    (
        Some(Field::Categories),
        &[
            "категория",
            "категории",
            "санаты",
            "санат",
            "category",
            "categories",
        ],
    ),
    (
        Some(Field::Iin),
        &["иин", "жсн", "iin", "иин/жсн", "жсн/иин"],
    ),
    (Some(Field::Consent), &["согласие", "келісім", "consent"]),
    (
        Some(Field::ConsentDate),
        &[
            "дата согласия",
            "келісім күні",
            "consent date",
            "date of consent",
        ],
    ),
    (Some(Field::Notes), NOTES),
    (Some(Field::Role), &["роль", "рөлі", "рөл", "role"]),
];

const PEOPLE_STEMS: &[Stems] = &[
    (
        Field::ConsentDate,
        &[&["дата", "күн", "date"], &["соглас", "келісім", "consent"]],
    ),
    (Field::Consent, &[&["соглас", "келісім", "consent"]]),
    (Field::Iin, &[&["иин", "жсн", "iin"]]),
    (Field::Email, &[&["email", "почт", "пошта", "mail"]]),
    (
        Field::Phone,
        &[&["телефон", "phone", "mobile", "^моб", "^тел"]],
    ),
    (Field::FullName, &[&["фио", "атыжөні", "fullname", "^таә"]]),
    (Field::FullName, &[&["фамил"], &["имя"]]),
    (
        Field::Surname,
        &[&["фамил", "тегі", "surname", "lastname", "familyname"]],
    ),
    (
        Field::Patronymic,
        &[&["отчеств", "әкесінің", "patronym", "middlename"]],
    ),
    (
        Field::PositionKk,
        &[
            &["должност", "лауазым", "position"],
            &["каз", "қаз", "kk", "kaz"],
        ],
    ),
    (
        Field::PositionRu,
        &[&["должност", "лауазым", "position"], &["рус", "орыс", "ru"]],
    ),
    (
        Field::Position,
        &[&["должност", "лауазым", "position", "jobtitle"]],
    ),
    (
        Field::Organisation,
        &[&[
            "организац",
            "ұйым",
            "месторабот",
            "жұмысорн",
            "местоучеб",
            "оқуорн",
            "учрежд",
            "мекеме",
            "organi",
            "компан",
            "company",
        ]],
    ),
    (Field::Categories, &[&["категор", "санат", "categor"]]),
    (
        Field::Notes,
        &[&["примечан", "ескерт", "note", "коммент", "comment"]],
    ),
    (Field::Role, &[&["роль", "рөл", "role"]]),
    (Field::Gender, &[&["жыныс", "gender", "^пол"]]),
    (
        Field::Name,
        &[&["имя", "есім", "firstname", "givenname", "^аты"]],
    ),
];

const ORGANISATION_EXACT: &[Exact] = &[
    (None, IGNORED),
    (
        Some(Field::NameKk),
        &[
            "атауы (қаз)",
            "наименование (каз)",
            "name kk",
            "атауы қазақша",
            "қазақша атауы",
            "атауы (мемлекеттік тілде)",
            "наименование на казахском",
            "наименование на казахском языке",
            "атауы",
        ],
    ),
    (
        Some(Field::NameRu),
        &[
            "наименование",
            "атауы (орыс)",
            "name ru",
            "name",
            "название",
            "наименование (рус)",
            "наименование на русском",
            "наименование на русском языке",
            "атауы орысша",
            "орысша атауы",
            "организация",
            "ұйым",
            "наименование организации",
            "ұйымның атауы",
            "ұйым атауы",
            "organisation",
            "organization",
            "organisation name",
            "organization name",
        ],
    ),
    (
        Some(Field::Kind),
        &[
            "вид",
            "түрі",
            "kind",
            "type",
            "тип",
            "вид организации",
            "ұйым түрі",
            "ұйымның түрі",
        ],
    ),
    (
        Some(Field::District),
        &["район", "аудан", "ауданы", "district"],
    ),
    (
        Some(Field::Address),
        &[
            "адрес",
            "мекенжай",
            "мекенжайы",
            "address",
            "юридический адрес",
            "фактический адрес",
            "заңды мекенжайы",
        ],
    ),
    (Some(Field::Phone), PHONE),
    (Some(Field::Email), EMAIL),
    (
        Some(Field::Contact),
        &[
            "контактное лицо",
            "байланыс тұлғасы",
            "байланысушы тұлға",
            "ответственное лицо",
            "жауапты тұлға",
            "контакт",
            "contact",
            "contact person",
        ],
    ),
    (Some(Field::Notes), NOTES),
];

const ORGANISATION_STEMS: &[Stems] = &[
    (
        Field::NameKk,
        &[
            &["атау", "наимен", "назван", "name"],
            &["каз", "қаз", "kk", "kaz", "мемлекеттік"],
        ],
    ),
    (
        Field::NameRu,
        &[
            &["атау", "наимен", "назван", "name"],
            &["рус", "орыс", "ru"],
        ],
    ),
    (Field::Email, &[&["email", "почт", "пошта", "mail"]]),
    (
        Field::Phone,
        &[&["телефон", "phone", "mobile", "^моб", "^тел"]],
    ),
    (
        Field::Contact,
        &[&["контакт", "байланыс", "contact", "жауапты"]],
    ),
    (Field::Kind, &[&["^вид", "^түр", "^тип", "type", "kind"]]),
    (Field::District, &[&["район", "аудан", "district"]]),
    (Field::Address, &[&["адрес", "мекенжай", "address"]]),
    (
        Field::Notes,
        &[&["примечан", "ескерт", "note", "коммент", "comment"]],
    ),
    (
        Field::NameRu,
        &[&[
            "атау",
            "наимен",
            "назван",
            "name",
            "организац",
            "ұйым",
            "organi",
        ]],
    ),
];

/// Recognises each column of `headers` for `kind`. Each field goes to the
/// first column that names it (categories and notes may take several);
/// row-number columns (`№`, `№ п/п`) and unknown ones map to `None`.
pub fn recognise_columns(kind: ImportKind, headers: &[String]) -> ColumnMapping {
    let (exact, stems) = match kind {
        ImportKind::People => (PEOPLE_EXACT, PEOPLE_STEMS),
        ImportKind::Organisations => (ORGANISATION_EXACT, ORGANISATION_STEMS),
    };
    let mut mapping: ColumnMapping = Vec::with_capacity(headers.len());
    for header in headers {
        let key = compact(header);
        let field = if key.is_empty() {
            None
        } else if let Some((field, _)) = exact
            .iter()
            .find(|(_, spellings)| spellings.iter().any(|s| compact(s) == key))
        {
            *field
        } else {
            stems
                .iter()
                .find(|(_, groups)| groups.iter().all(|group| matches_any(&key, group)))
                .map(|(field, _)| *field)
        };
        let taken =
            field.is_some_and(|f| !f.allows_several_columns() && mapping.contains(&Some(f)));
        mapping.push(if taken { None } else { field });
    }
    mapping
}

/// True when `mapping` has the columns a row needs: surname and name (or a
/// full-name column) for people, a name in either language for
/// organisations.
pub fn has_required_columns(kind: ImportKind, mapping: &ColumnMapping) -> bool {
    let has = |f: Field| mapping.contains(&Some(f));
    match kind {
        ImportKind::People => has(Field::FullName) || (has(Field::Surname) && has(Field::Name)),
        ImportKind::Organisations => has(Field::NameKk) || has(Field::NameRu),
    }
}

fn matches_any(key: &str, stems: &[&str]) -> bool {
    stems.iter().any(|stem| match stem.strip_prefix('^') {
        Some(prefix) => key.starts_with(prefix),
        None => key.contains(stem),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people(headers: &[&str]) -> ColumnMapping {
        let headers: Vec<String> = headers.iter().map(|h| (*h).to_owned()).collect();
        recognise_columns(ImportKind::People, &headers)
    }

    fn organisations(headers: &[&str]) -> ColumnMapping {
        let headers: Vec<String> = headers.iter().map(|h| (*h).to_owned()).collect();
        recognise_columns(ImportKind::Organisations, &headers)
    }

    #[test]
    fn russian_people_headers() {
        use Field::*;
        assert_eq!(
            people(&[
                "№ п/п",
                "Фамилия",
                "Имя",
                "Отчество",
                "Пол",
                "Место работы",
                "Должность",
                "Тел.",
                "E-mail",
                "Категория",
                "ИИН",
                "Согласие",
                "Дата согласия",
                "Примечание",
                "Роль",
            ]),
            vec![
                None,
                Some(Surname),
                Some(Name),
                Some(Patronymic),
                Some(Gender),
                Some(Organisation),
                Some(Position),
                Some(Phone),
                Some(Email),
                Some(Categories),
                Some(Iin),
                Some(Consent),
                Some(ConsentDate),
                Some(Notes),
                Some(Role),
            ]
        );
    }

    #[test]
    fn kazakh_people_headers() {
        use Field::*;
        assert_eq!(
            people(&[
                "Р/с",
                "ТЕГІ",
                "Аты",
                "Әкесінің аты",
                "Жынысы",
                "Жұмыс орны",
                "Лауазымы",
                "Телефон",
                "Электрондық пошта",
                "Санаты",
                "ЖСН",
                "Келісім",
                "Келісім күні",
                "Ескерту",
                "Рөлі",
            ]),
            vec![
                None,
                Some(Surname),
                Some(Name),
                Some(Patronymic),
                Some(Gender),
                Some(Organisation),
                Some(Position),
                Some(Phone),
                Some(Email),
                Some(Categories),
                Some(Iin),
                Some(Consent),
                Some(ConsentDate),
                Some(Notes),
                Some(Role),
            ]
        );
    }

    #[test]
    fn english_and_loosely_written_headers() {
        use Field::*;
        assert_eq!(
            people(&[
                "#",
                "Last name",
                "First name",
                "Middle name",
                "Gender",
                "Organization",
                "Job title",
                "Phone",
                "Email",
                "Category",
                "IIN",
                "Consent",
                "Consent date",
                "Notes",
                "Role",
            ]),
            vec![
                None,
                Some(Surname),
                Some(Name),
                Some(Patronymic),
                Some(Gender),
                Some(Organisation),
                Some(Position),
                Some(Phone),
                Some(Email),
                Some(Categories),
                Some(Iin),
                Some(Consent),
                Some(ConsentDate),
                Some(Notes),
                Some(Role),
            ]
        );
        assert_eq!(
            people(&[
                "  Ф.И.О. ",
                "Моб. телефон",
                "Эл. почта",
                "Согласие на обработку персональных данных",
                "Дата\nсогласия",
                "Место работы (учёбы)",
                "Пол (м/ж)",
                "ИИН/ЖСН",
                "Что-то ещё",
            ]),
            vec![
                Some(FullName),
                Some(Phone),
                Some(Email),
                Some(Consent),
                Some(ConsentDate),
                Some(Organisation),
                Some(Gender),
                Some(Iin),
                None,
            ]
        );
        for full in [
            "ФИО",
            "Ф.И.О.",
            "Аты-жөні",
            "Толық аты-жөні",
            "Full name",
            "ФИО участника",
        ] {
            assert_eq!(people(&[full]), vec![Some(FullName)], "{full}");
        }
    }

    #[test]
    fn each_field_goes_to_the_first_column_naming_it() {
        use Field::*;
        assert_eq!(
            people(&["Фамилия", "Тегі", "Примечание", "Ескерту", "", "№"]),
            vec![Some(Surname), None, Some(Notes), Some(Notes), None, None]
        );
    }

    #[test]
    fn organisation_headers() {
        use Field::*;
        assert_eq!(
            organisations(&[
                "№",
                "Атауы (қаз)",
                "Наименование (рус)",
                "Вид",
                "Район",
                "Адрес",
                "Телефон",
                "Email",
                "Контактное лицо",
                "Примечание",
            ]),
            vec![
                None,
                Some(NameKk),
                Some(NameRu),
                Some(Kind),
                Some(District),
                Some(Address),
                Some(Phone),
                Some(Email),
                Some(Contact),
                Some(Notes),
            ]
        );
        assert_eq!(
            organisations(&[
                "Наименование (каз)",
                "Наименование",
                "Түрі",
                "Аудан",
                "Мекенжай",
                "Байланыс тұлғасы",
                "Контактный телефон",
            ]),
            vec![
                Some(NameKk),
                Some(NameRu),
                Some(Kind),
                Some(District),
                Some(Address),
                Some(Contact),
                Some(Phone),
            ]
        );
        assert_eq!(
            organisations(&[
                "Name kk", "Name ru", "Type", "District", "Address", "Contact"
            ]),
            vec![
                Some(NameKk),
                Some(NameRu),
                Some(Kind),
                Some(District),
                Some(Address),
                Some(Contact),
            ]
        );
        assert_eq!(organisations(&["Name"]), vec![Some(NameRu)]);
        assert_eq!(organisations(&["Атауы (орыс)"]), vec![Some(NameRu)]);
    }

    #[test]
    fn required_columns() {
        use Field::*;
        assert!(has_required_columns(
            ImportKind::People,
            &vec![Some(FullName)]
        ));
        assert!(has_required_columns(
            ImportKind::People,
            &vec![Some(Name), Some(Surname)]
        ));
        assert!(!has_required_columns(
            ImportKind::People,
            &vec![Some(Surname), None]
        ));
        assert!(has_required_columns(
            ImportKind::Organisations,
            &vec![Some(NameKk)]
        ));
        assert!(!has_required_columns(
            ImportKind::Organisations,
            &vec![Some(Phone)]
        ));
    }

    #[test]
    fn fields_serialise_in_snake_case() {
        for kind in [ImportKind::People, ImportKind::Organisations] {
            for field in Field::for_kind(kind) {
                let json = serde_json::to_string(field).unwrap();
                assert_eq!(json, format!("\"{}\"", field.as_str()));
            }
        }
        let back: ColumnMapping = serde_json::from_str(r#"["full_name",null,"name_kk"]"#).unwrap();
        assert_eq!(back, vec![Some(Field::FullName), None, Some(Field::NameKk)]);
    }
}
