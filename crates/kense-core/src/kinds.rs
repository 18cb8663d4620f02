//! The closed vocabularies of the registry: genders, roles, kinds, statuses.
//! Each is stored as its snake_case name (a CHECK constraint keeps the
//! column honest) and translated in the UI as `<vocabulary>-<value>`.

use crate::code_enum::code_enum;

/// A vocabulary: a [`code_enum!`] ordered as listed, with its translation
/// key prefix (`KEY`) and stored in SQLite as its code.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident, $label:literal { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        code_enum!([PartialOrd, Ord] $(#[$meta])* $name { $($(#[$vmeta])* $variant = $text),+ });

        impl $name {
            /// The translation key prefix of this vocabulary.
            pub const KEY: &'static str = $label;
        }

        impl rusqlite::types::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(self.as_str().into())
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                let text = value.as_str()?;
                text.parse().map_err(|()| rusqlite::types::FromSqlError::Other(
                    format!("unknown {} {text:?}", $label).into(),
                ))
            }
        }
    };
}

vocabulary!(
    /// A person's gender (for «Құрметті …» / «Уважаемый(ая) …»).
    Gender, "gender" {
        /// Male.
        Male = "male",
        /// Female.
        Female = "female",
    }
);

vocabulary!(
    /// What a person did at an event.
    Role, "role" {
        /// Took part.
        Participant = "participant",
        /// Spoke.
        Speaker = "speaker",
        /// Organised.
        Organiser = "organiser",
        /// An invited guest.
        Guest = "guest",
        /// Won a contest.
        Winner = "winner",
        /// Received an award.
        Awardee = "awardee",
    }
);

vocabulary!(
    /// The kind of an organisation.
    OrgKind, "org-kind" {
        /// A state body (akimat, department, maslikhat).
        StateBody = "state_body",
        /// Police, prosecutor's office, courts.
        LawEnforcement = "law_enforcement",
        /// NGOs and public associations.
        Ngo = "ngo",
        /// Schools, colleges, universities.
        Education = "education",
        /// Companies and entrepreneurs.
        Business = "business",
        /// Newspapers, TV, online media.
        Media = "media",
        /// Anything else.
        Other = "other",
    }
);

vocabulary!(
    /// The kind of an event.
    EventKind, "event-kind" {
        /// Open-door visit to government departments and sites.
        OpenDoorVisit = "open_door_visit",
        /// A tour of sites along a route.
        SiteTour = "site_tour",
        /// A lecture.
        Lecture = "lecture",
        /// A forum.
        Forum = "forum",
        /// A coordination council meeting.
        CouncilMeeting = "council_meeting",
        /// A master class.
        MasterClass = "master_class",
        /// A round table.
        RoundTable = "round_table",
        /// A contest.
        Contest = "contest",
        /// An exhibition or fair.
        Exhibition = "exhibition",
        /// A prevention action.
        PreventionAction = "prevention_action",
        /// A training.
        Training = "training",
    }
);

vocabulary!(
    /// Where an event stands.
    EventStatus, "event-status" {
        /// Planned.
        Planned = "planned",
        /// Held.
        Held = "held",
        /// Cancelled.
        Cancelled = "cancelled",
    }
);

vocabulary!(
    /// Where a delegation member's invitation stands.
    Invitation, "invitation" {
        /// Invited, no answer yet.
        Invited = "invited",
        /// Said they will come.
        Confirmed = "confirmed",
        /// Said they will not come.
        Declined = "declined",
    }
);

vocabulary!(
    /// The kind of a document template.
    TemplateKind, "template-kind" {
        /// Gratitude letter (Алғыс хат / Благодарственное письмо).
        Gratitude = "gratitude",
        /// Diploma.
        Diploma = "diploma",
        /// Certificate.
        Certificate = "certificate",
        /// Participant list / sign-in sheet (not numbered in the register).
        Sheet = "sheet",
    }
);

vocabulary!(
    /// The kind of an issued (numbered) document.
    DocKind, "doc-kind" {
        /// Gratitude letter.
        Gratitude = "gratitude",
        /// Diploma.
        Diploma = "diploma",
        /// Certificate.
        Certificate = "certificate",
    }
);

vocabulary!(
    /// The language(s) of a document.
    DocLang, "doc-lang" {
        /// Kazakh.
        Kk = "kk",
        /// Russian.
        Ru = "ru",
        /// Kazakh and Russian on one page, Kazakh first.
        Both = "both",
        /// A Kazakh and a Russian document sharing one number.
        Pair = "pair",
    }
);

vocabulary!(
    /// Where an issued document stands in the register.
    DocStatus, "doc-status" {
        /// Issued and valid.
        Issued = "issued",
        /// Spoiled when printing; never handed out.
        Spoiled = "spoiled",
        /// Revoked after it was handed out.
        Revoked = "revoked",
        /// Replaced by a reissued document.
        Reissued = "reissued",
    }
);

vocabulary!(
    /// Page orientation of a template.
    Orientation, "orientation" {
        /// A4 portrait.
        Portrait = "portrait",
        /// A4 landscape.
        Landscape = "landscape",
    }
);

vocabulary!(
    /// The kind of an ID or badge handed over at an event (issued and
    /// numbered by another body).
    IdKind, "id-kind" {
        /// «Полицияның қоғамдық көмекшісі» / «Общественный помощник полиции»
        /// (issued by the police).
        PoliceAssistant = "police_assistant",
        /// Another ID, named on the record.
        Other = "other",
    }
);

vocabulary!(
    /// Where a proposal drafted at an event stands.
    ProposalStatus, "proposal-status" {
        /// Drafted at the event.
        Drafted = "drafted",
        /// Sent to the addressee.
        Sent = "sent",
        /// Accepted by the addressee.
        Accepted = "accepted",
    }
);

impl DocKind {
    /// The template kind of this document kind.
    pub fn template_kind(self) -> TemplateKind {
        match self {
            DocKind::Gratitude => TemplateKind::Gratitude,
            DocKind::Diploma => TemplateKind::Diploma,
            DocKind::Certificate => TemplateKind::Certificate,
        }
    }
}

impl TemplateKind {
    /// The document kind of an issued document made from this template; `None`
    /// for sheets, which are not numbered.
    pub fn doc_kind(self) -> Option<DocKind> {
        match self {
            TemplateKind::Sheet => None,
            TemplateKind::Gratitude => Some(DocKind::Gratitude),
            TemplateKind::Diploma => Some(DocKind::Diploma),
            TemplateKind::Certificate => Some(DocKind::Certificate),
        }
    }
}

impl DocLang {
    /// The languages whose texts the document shows, Kazakh first.
    pub fn langs(self) -> &'static [crate::Lang] {
        match self {
            DocLang::Kk => &[crate::Lang::Kk],
            DocLang::Ru => &[crate::Lang::Ru],
            DocLang::Both | DocLang::Pair => &[crate::Lang::Kk, crate::Lang::Ru],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_trip_through_text_and_json() {
        for kind in EventKind::ALL {
            assert_eq!(kind.as_str().parse::<EventKind>(), Ok(*kind));
            let json = serde_json::to_string(kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.as_str()));
        }
        assert!("party".parse::<EventKind>().is_err());
    }
}
