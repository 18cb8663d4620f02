//! What is printed on an award document, as stored in the register (a JSON
//! snapshot) and turned into kense-pdf pages. Reprinting a document from the
//! register gives the same texts, whatever was edited since.

use crate::kinds::{DocKind, DocLang};
use crate::{Lang, Result};
use kense_pdf::{Award, AwardShape, AwardText, Image, Page, Rgb, Verification};
use serde::{Deserialize, Serialize};

/// The texts of one language, placeholders filled in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LangTexts {
    /// The language.
    pub lang: Lang,
    /// The recipient's position and organisation in this language, as
    /// printed on a page of this language alone; empty in documents issued
    /// before it existed, which print [`DocumentContent::organisation`].
    #[serde(default)]
    pub organisation: String,
    /// The recipient's nomination or place («I орын»), printed under the
    /// title; empty when none (or the template prints `{nomination}`).
    #[serde(default)]
    pub nomination: String,
    /// Title.
    pub title: String,
    /// Subtitle.
    pub subtitle: String,
    /// Salutation.
    pub salutation: String,
    /// Body.
    pub body: String,
    /// Signatory's position.
    pub signatory_position: String,
    /// Signatory's name.
    pub signatory_name: String,
    /// Place and date line.
    pub place_date: String,
    /// The recipient's name line in this language (in the case the sentence
    /// needs: «Әбдірахманов Асқар Дарханұлының»); empty in documents issued
    /// before it existed, which print [`DocumentContent::recipient`].
    #[serde(default)]
    pub recipient: String,
}

/// Everything printed on one register entry (one page, or a kk/ru pair).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DocumentContent {
    /// Kind.
    pub kind: DocKind,
    /// Language(s).
    pub lang: DocLang,
    /// A4 landscape.
    pub landscape: bool,
    /// Accent colour, `#RRGGBB`.
    pub accent: String,
    /// The office's names, Kazakh first.
    pub office_names: Vec<String>,
    /// The recipient as printed.
    pub recipient: String,
    /// Position and organisation as printed on a page of every language of
    /// the document («Kazakh / Russian» lines on a page of both).
    pub organisation: String,
    /// Texts per language, Kazakh first.
    pub texts: Vec<LangTexts>,
    /// The register number, «АХ-2026/0042».
    pub number: String,
    /// The verification code.
    pub code: String,
    /// Whether the code and QR code are printed.
    pub show_qr: bool,
}

impl DocumentContent {
    /// Every text on the document, for the glyph check.
    pub fn all_text(&self) -> String {
        let mut all = format!(
            "{} {} {} {}",
            self.office_names.join(" "),
            self.recipient,
            self.organisation,
            self.number
        );
        for t in &self.texts {
            for s in [
                &t.title,
                &t.nomination,
                &t.subtitle,
                &t.salutation,
                &t.body,
                &t.signatory_position,
                &t.signatory_name,
                &t.place_date,
                &t.recipient,
                &t.organisation,
            ] {
                all.push(' ');
                all.push_str(s);
            }
        }
        all
    }

    /// The pages of the document: one, or two for a kk/ru pair.
    pub fn pages(&self, logo: Option<&Image>) -> Result<Vec<Page>> {
        self.awards(logo)
            .iter()
            .map(|award| kense_pdf::award_page(award).map_err(crate::Error::from))
            .collect()
    }

    /// The page models of the document (one, or two for a kk/ru pair), as
    /// the PDF prints them and the DOCX writes them.
    pub(crate) fn awards(&self, logo: Option<&Image>) -> Vec<Award> {
        let groups: Vec<Vec<&LangTexts>> = match self.lang {
            DocLang::Pair => self.texts.iter().map(|t| vec![t]).collect(),
            _ => vec![self.texts.iter().collect()],
        };
        groups
            .into_iter()
            .map(|texts| self.award(&texts, logo))
            .collect()
    }

    fn award(&self, texts: &[&LangTexts], logo: Option<&Image>) -> Award {
        let langs: Vec<Lang> = texts.iter().map(|t| t.lang).collect();
        let both = langs.len() > 1;
        let stamp = if both {
            "М.О. / М.П."
        } else if langs.first() == Some(&Lang::Ru) {
            "М.П."
        } else {
            "М.О."
        };
        let label = if both {
            "Тексеру коды / Код проверки"
        } else if langs.first() == Some(&Lang::Ru) {
            "Код проверки"
        } else {
            "Тексеру коды"
        };
        Award {
            shape: if self.kind == DocKind::Gratitude {
                AwardShape::Letter
            } else {
                AwardShape::Framed
            },
            landscape: self.landscape,
            accent: Rgb::from_hex(&self.accent).unwrap_or(Rgb::BLACK),
            office_names: self.office_names.clone(),
            logo: logo.cloned(),
            recipient: match texts {
                [one] if !one.recipient.is_empty() => one.recipient.clone(),
                _ => self.recipient.clone(),
            },
            organisation: match texts {
                [one] if !one.organisation.is_empty() => one.organisation.clone(),
                _ => self.organisation.clone(),
            },
            texts: texts
                .iter()
                .map(|t| AwardText {
                    nomination: t.nomination.clone(),
                    title: t.title.clone(),
                    subtitle: t.subtitle.clone(),
                    salutation: t.salutation.clone(),
                    body: t.body.clone(),
                    signatory_position: t.signatory_position.clone(),
                    signatory_name: t.signatory_name.clone(),
                    place_date: t.place_date.clone(),
                    stamp_mark: stamp.to_owned(),
                })
                .collect(),
            number: format!("№ {}", self.number),
            verification: self.show_qr.then(|| Verification {
                label: format!("{label}: {}", self.code),
                qr_payload: super::verify::qr_payload(&self.number, &self.code),
            }),
        }
    }
}
