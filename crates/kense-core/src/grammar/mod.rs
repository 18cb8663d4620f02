//! The grammar of the printed word, Kazakh and Russian: a person's gender from
//! the name or IIN, case forms of names and titles, dates and numbers in
//! words, nested quotes, and gendered or neutral wording. Pure functions, no
//! database.

pub mod dates;
pub mod forms;
pub mod gender;
pub mod kk_case;
pub mod numbers;
pub mod quotes;
pub mod ru_case;

pub use gender::{gender_or_inferred, infer_gender};
pub use kk_case::{KkCase, kk_phrase, kk_word};
pub use ru_case::{RuCase, ru_full_name};
