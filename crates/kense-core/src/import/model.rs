//! What an import produces: drafts of people and organisations, the
//! vocabularies they use, and the problems found per row.

use super::Field;
use crate::Invalid;
use crate::fold::fold;
pub use crate::kinds::{Gender, OrgKind, Role};
use serde::Serialize;
use ts_rs::TS;

/// Finds the value whose spellings (folded, spaces ignored) include the
/// folded `text`.
fn lookup<T: Copy>(text: &str, table: &[(T, &[&str])]) -> Option<T> {
    let key = compact(text);
    if key.is_empty() {
        return None;
    }
    table
        .iter()
        .find(|(_, spellings)| spellings.iter().any(|s| compact(s) == key))
        .map(|(value, _)| *value)
}

/// Folded with the spaces removed: «Ф. И. О.» and «ФИО» are the same key.
pub(crate) fn compact(text: &str) -> String {
    fold(text).replace(' ', "")
}

/// Recognises a gender: м/ж, муж/жен, мужской/женский, ер/әйел,
/// male/female, M/F…
pub fn recognise_gender(text: &str) -> Option<Gender> {
    {
        lookup(
            text,
            &[
                (
                    Gender::Male,
                    &[
                        "м",
                        "муж",
                        "мужской",
                        "мужчина",
                        "ер",
                        "ер адам",
                        "еркек",
                        "male",
                        "m",
                        "man",
                    ],
                ),
                (
                    Gender::Female,
                    &[
                        "ж",
                        "жен",
                        "женский",
                        "женщина",
                        "әйел",
                        "әйел адам",
                        "эйел",
                        "female",
                        "f",
                        "w",
                        "woman",
                    ],
                ),
            ],
        )
    }
}

/// Recognises an event role in Russian, Kazakh or English.
pub fn recognise_role(text: &str) -> Option<Role> {
    {
        lookup(
            text,
            &[
                (
                    Role::Participant,
                    &["участник", "участница", "қатысушы", "participant"],
                ),
                (
                    Role::Speaker,
                    &[
                        "спикер",
                        "докладчик",
                        "выступающий",
                        "баяндамашы",
                        "сөз сөйлеуші",
                        "speaker",
                    ],
                ),
                (
                    Role::Organiser,
                    &["организатор", "ұйымдастырушы", "organiser", "organizer"],
                ),
                (Role::Guest, &["гость", "қонақ", "guest"]),
                (
                    Role::Winner,
                    &["победитель", "победительница", "жеңімпаз", "winner"],
                ),
                (
                    Role::Awardee,
                    &[
                        "награждённый",
                        "награжденная",
                        "награждённая",
                        "марапатталған",
                        "марапатталушы",
                        "awardee",
                    ],
                ),
            ],
        )
    }
}

/// Recognises an organisation kind in Russian, Kazakh or English,
/// including the usual abbreviations (НПО, ҮЕҰ, ТОО, ЖШС, СМИ, БАҚ…).
pub fn recognise_org_kind(text: &str) -> Option<OrgKind> {
    {
        let exact = lookup(
            text,
            &[
                (
                    OrgKind::StateBody,
                    &[
                        "государственный орган",
                        "госорган",
                        "гос орган",
                        "мемлекеттік орган",
                        "state body",
                        "government",
                        "акимат",
                        "әкімдік",
                        "маслихат",
                        "мәслихат",
                    ],
                ),
                (
                    OrgKind::LawEnforcement,
                    &[
                        "правоохранительный",
                        "правоохранительный орган",
                        "правоохранительные органы",
                        "құқық қорғау",
                        "құқық қорғау органы",
                        "құқық қорғау органдары",
                        "law enforcement",
                        "полиция",
                        "прокуратура",
                        "суд",
                        "сот",
                    ],
                ),
                (
                    OrgKind::Ngo,
                    &[
                        "нпо",
                        "үеұ",
                        "оо",
                        "ngo",
                        "общественное объединение",
                        "некоммерческая организация",
                        "қоғамдық бірлестік",
                        "үкіметтік емес ұйым",
                        "public association",
                    ],
                ),
                (
                    OrgKind::Education,
                    &[
                        "школа",
                        "вуз",
                        "мектеп",
                        "университет",
                        "колледж",
                        "лицей",
                        "гимназия",
                        "образование",
                        "учебное заведение",
                        "білім беру",
                        "жоо",
                        "school",
                        "university",
                        "college",
                        "education",
                    ],
                ),
                (
                    OrgKind::Business,
                    &[
                        "бизнес",
                        "тоо",
                        "ип",
                        "ао",
                        "жшс",
                        "жк",
                        "ақ",
                        "business",
                        "company",
                        "предприятие",
                        "кәсіпорын",
                        "кәсіпкер",
                        "предприниматель",
                    ],
                ),
                (
                    OrgKind::Media,
                    &[
                        "сми",
                        "бақ",
                        "media",
                        "масс медиа",
                        "бұқаралық ақпарат құралдары",
                    ],
                ),
                (
                    OrgKind::Other,
                    &["другое", "иное", "прочее", "басқа", "other"],
                ),
            ],
        );
        exact.or_else(|| {
            let key = compact(text);
            let has = |stems: &[&str]| stems.iter().any(|s| key.contains(s));
            if has(&["правоохран", "құқыққорғау", "lawenforce"]) {
                Some(OrgKind::LawEnforcement)
            } else if has(&["государствен", "мемлекеттік", "statebod"]) {
                Some(OrgKind::StateBody)
            } else if has(&["некоммерч", "общественн", "қоғамдық", "үкіметтікемес"])
            {
                Some(OrgKind::Ngo)
            } else if has(&[
                "школ",
                "мектеп",
                "университет",
                "колледж",
                "образован",
                "білім",
            ]) {
                Some(OrgKind::Education)
            } else if has(&[
                "сми",
                "массмедиа",
                "массовойинформ",
                "ақпаратқұрал",
                "media",
            ]) {
                Some(OrgKind::Media)
            } else {
                None
            }
        })
    }
}

/// Recognises a yes/no: да/нет, иә/жоқ, yes/no, 1/0, +/-, true/false
/// (ИСТИНА/ЛОЖЬ as Russian Excel writes them), есть, ✓.
pub fn recognise_yes_no(text: &str) -> Option<bool> {
    match text.trim() {
        "+" | "✓" | "✔" | "☑" | "v" | "V" => return Some(true),
        "-" | "–" | "—" | "✗" | "✘" => return Some(false),
        _ => {}
    }
    lookup(
        text,
        &[
            (
                true,
                &[
                    "да",
                    "иә",
                    "ия",
                    "иа",
                    "yes",
                    "y",
                    "1",
                    "true",
                    "истина",
                    "ақиқат",
                    "есть",
                    "бар",
                    "согласен",
                    "согласна",
                    "келісемін",
                    "получено",
                    "алынды",
                ],
            ),
            (
                false,
                &[
                    "нет",
                    "жоқ",
                    "жок",
                    "no",
                    "n",
                    "0",
                    "false",
                    "ложь",
                    "жалған",
                    "не согласен",
                    "не согласна",
                    "келіспеймін",
                ],
            ),
        ],
    )
}

/// A person read from one row, cleaned and validated.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PersonDraft {
    /// Surname.
    pub surname: String,
    /// Given name.
    pub name: String,
    /// Patronymic, may be empty.
    pub patronymic: String,
    /// Gender, from its column or else from the IIN.
    #[ts(optional = nullable)]
    pub gender: Option<Gender>,
    /// Organisation name as written.
    pub organisation: String,
    /// Position in Kazakh: its own column, else a single position column
    /// written in Kazakh ([`crate::i18n::split_by_language`]).
    pub position_kk: String,
    /// Position in Russian, the same way.
    pub position_ru: String,
    /// Phone normalised (`+77011234567`), or empty.
    pub phone: String,
    /// E-mail, or empty.
    pub email: String,
    /// Category names as written, without duplicates.
    pub categories: Vec<String>,
    /// IIN, 12 digits, or empty.
    pub iin: String,
    /// Consent to personal-data processing given.
    pub consent: bool,
    /// Date of consent (`YYYY-MM-DD`).
    #[ts(optional = nullable)]
    pub consent_date: Option<String>,
    /// Notes.
    pub notes: String,
    /// Role at the event the list is for.
    #[ts(optional = nullable)]
    pub role: Option<Role>,
}

/// An organisation read from one row, cleaned and validated.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OrganisationDraft {
    /// Name in Kazakh (the Russian name when only that was given).
    pub name_kk: String,
    /// Name in Russian (the Kazakh name when only that was given).
    pub name_ru: String,
    /// Kind.
    #[ts(optional = nullable)]
    pub kind: Option<OrgKind>,
    /// District.
    pub district: String,
    /// Address.
    pub address: String,
    /// Phone normalised, or empty.
    pub phone: String,
    /// E-mail, or empty.
    pub email: String,
    /// Contact person.
    pub contact: String,
    /// Notes.
    pub notes: String,
}

/// One row of the file after parsing: the draft when the row is clean,
/// otherwise the problems to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ParsedRow<T> {
    /// The row number as Excel shows it (the header row is usually 1).
    pub line: usize,
    /// The draft; `None` when the row has problems.
    #[ts(optional = nullable)]
    pub value: Option<T>,
    /// What is wrong with the row; empty when it can be imported.
    pub problems: Vec<Problem>,
}

/// A value refused in one cell.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Problem {
    /// The row number as Excel shows it.
    pub line: usize,
    /// The column's header as written in the file (its letter when the
    /// header is blank; empty when the field has no column at all).
    pub column: String,
    /// The field the value was for.
    pub field: Field,
    /// Why it was refused (translated as `invalid-<reason>`, as a form's
    /// refusal is).
    pub reason: Invalid,
    /// The limit broken, for `too_long` (characters).
    #[ts(optional = nullable)]
    pub limit: Option<u64>,
    /// The offending text, cut to about 100 characters.
    pub value: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn genders_in_three_languages() {
        for m in [
            "м",
            "М",
            "муж",
            "Мужской",
            "ер",
            "Ер адам",
            "male",
            "M",
            "м.",
        ] {
            assert_eq!(recognise_gender(m), Some(Gender::Male), "{m}");
        }
        for f in ["ж", "Ж", "жен", "ЖЕНСКИЙ", "әйел", "ӘЙЕЛ", "female", "F"] {
            assert_eq!(recognise_gender(f), Some(Gender::Female), "{f}");
        }
        for unknown in ["", "?", "мж", "оно"] {
            assert_eq!(recognise_gender(unknown), None, "{unknown}");
        }
    }

    #[test]
    fn roles_in_three_languages() {
        assert_eq!(recognise_role("Участник"), Some(Role::Participant));
        assert_eq!(recognise_role("қатысушы"), Some(Role::Participant));
        assert_eq!(recognise_role("Баяндамашы"), Some(Role::Speaker));
        assert_eq!(recognise_role("Ұйымдастырушы"), Some(Role::Organiser));
        assert_eq!(recognise_role("organizer"), Some(Role::Organiser));
        assert_eq!(recognise_role("ҚОНАҚ"), Some(Role::Guest));
        assert_eq!(recognise_role("жеңімпаз"), Some(Role::Winner));
        assert_eq!(recognise_role("Награжденный"), Some(Role::Awardee));
        assert_eq!(recognise_role("Награждённый"), Some(Role::Awardee));
        assert_eq!(recognise_role("марапатталған"), Some(Role::Awardee));
        assert_eq!(recognise_role("зритель"), None);
    }

    #[test]
    fn organisation_kinds_and_abbreviations() {
        assert_eq!(
            recognise_org_kind("Государственный орган"),
            Some(OrgKind::StateBody)
        );
        assert_eq!(
            recognise_org_kind("мемлекеттік орган"),
            Some(OrgKind::StateBody)
        );
        assert_eq!(
            recognise_org_kind("Правоохранительные органы"),
            Some(OrgKind::LawEnforcement)
        );
        assert_eq!(
            recognise_org_kind("құқық қорғау"),
            Some(OrgKind::LawEnforcement)
        );
        assert_eq!(recognise_org_kind("НПО"), Some(OrgKind::Ngo));
        assert_eq!(recognise_org_kind("ҮЕҰ"), Some(OrgKind::Ngo));
        assert_eq!(recognise_org_kind("ОО"), Some(OrgKind::Ngo));
        assert_eq!(recognise_org_kind("вуз"), Some(OrgKind::Education));
        assert_eq!(recognise_org_kind("Мектеп"), Some(OrgKind::Education));
        assert_eq!(recognise_org_kind("ТОО"), Some(OrgKind::Business));
        assert_eq!(recognise_org_kind("ЖШС"), Some(OrgKind::Business));
        assert_eq!(recognise_org_kind("ИП"), Some(OrgKind::Business));
        assert_eq!(recognise_org_kind("СМИ"), Some(OrgKind::Media));
        assert_eq!(recognise_org_kind("БАҚ"), Some(OrgKind::Media));
        assert_eq!(recognise_org_kind("other"), Some(OrgKind::Other));
        assert_eq!(recognise_org_kind("Басқа"), Some(OrgKind::Other));
        assert_eq!(recognise_org_kind("космодром"), None);
    }

    #[test]
    fn yes_and_no_in_three_languages() {
        for yes in [
            "да",
            "Да",
            "ИӘ",
            "иә",
            "yes",
            "Y",
            "1",
            "+",
            "TRUE",
            "ИСТИНА",
            "✓",
        ] {
            assert_eq!(recognise_yes_no(yes), Some(true), "{yes}");
        }
        for no in ["нет", "НЕТ", "жоқ", "no", "0", "-", "FALSE", "ложь"] {
            assert_eq!(recognise_yes_no(no), Some(false), "{no}");
        }
        for unknown in ["", "может быть", "2"] {
            assert_eq!(recognise_yes_no(unknown), None, "{unknown}");
        }
    }

    #[test]
    fn vocabularies_serialise_as_stored() {
        assert_eq!(
            serde_json::to_string(&Gender::Female).unwrap(),
            "\"female\""
        );
        assert_eq!(
            serde_json::to_string(&Role::Awardee).unwrap(),
            "\"awardee\""
        );
        assert_eq!(
            serde_json::to_string(&OrgKind::LawEnforcement).unwrap(),
            "\"law_enforcement\""
        );
        assert_eq!(
            serde_json::to_string(&OrgKind::StateBody).unwrap(),
            "\"state_body\""
        );
    }
}
