//! The grammar corpus: 210 names (Kazakh, Russian and others, men and women)
//! with their Kazakh and Russian case forms, each read by an editor. Every
//! row must come out of `kense_core::grammar` exactly as written in
//! `fixtures/grammar/names.tsv`.
//!
//! Columns: gender (m/f, the one the patronymic or IIN gives), surname, name,
//! patronymic; Kazakh genitive, dative, accusative, locative, ablative of the
//! full name; Russian genitive, dative, accusative, instrumental,
//! prepositional of the full name.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly on purpose

use kense_core::grammar::gender::infer_gender;
use kense_core::grammar::{KkCase, RuCase, kk_phrase, ru_full_name};
use kense_core::kinds::Gender;

const CORPUS: &str = include_str!("fixtures/grammar/names.tsv");

const KK: [KkCase; 5] = [
    KkCase::Genitive,
    KkCase::Dative,
    KkCase::Accusative,
    KkCase::Locative,
    KkCase::Ablative,
];
const RU: [RuCase; 5] = [
    RuCase::Genitive,
    RuCase::Dative,
    RuCase::Accusative,
    RuCase::Instrumental,
    RuCase::Prepositional,
];

fn forms(surname: &str, name: &str, patronymic: &str, gender: Gender) -> Vec<String> {
    let full = [surname, name, patronymic]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let mut out: Vec<String> = KK.iter().map(|&c| kk_phrase(&full, c)).collect();
    out.extend(
        RU.iter()
            .map(|&c| ru_full_name(surname, name, patronymic, Some(gender), c)),
    );
    out
}

#[test]
fn every_name_of_the_corpus_in_every_case() {
    let mut rows = 0;
    let mut wrong = Vec::new();
    let print = std::env::var_os("KENSE_GRAMMAR_PRINT").is_some();
    for (n, line) in CORPUS.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert!(cols.len() >= 4, "line {}: {line:?}", n + 1);
        let gender = match cols[0] {
            "m" => Gender::Male,
            "f" => Gender::Female,
            other => panic!("line {}: gender {other:?}", n + 1),
        };
        let (surname, name, patronymic) = (cols[1], cols[2], cols[3]);
        let got = forms(surname, name, patronymic, gender);
        if print {
            println!(
                "{}\t{surname}\t{name}\t{patronymic}\t{}",
                cols[0],
                got.join("\t")
            );
            continue;
        }
        rows += 1;
        let want: Vec<&str> = cols[4..].to_vec();
        if want != got {
            wrong.push(format!(
                "line {}: want {want:?}\n         got  {got:?}",
                n + 1
            ));
        }
        // Where the patronymic or surname shows the gender, inference agrees.
        if let Some(inferred) = infer_gender(surname, patronymic, "") {
            assert_eq!(
                inferred,
                gender,
                "line {}: {surname} {name} {patronymic}",
                n + 1
            );
        }
    }
    assert!(
        wrong.is_empty(),
        "{} rows differ:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
    if !print {
        assert!(rows >= 200, "the corpus has {rows} names");
    }
}
