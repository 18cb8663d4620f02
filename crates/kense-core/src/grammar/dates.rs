//! Dates in words, the way official letters write them: «2026 жылғы
//! 8 қараша», «2026 жылғы 8 қарашада», «8 ноября 2026 г.», and month titles
//! «2026 жылғы қараша» / «Ноябрь 2026 г.».

use super::kk_case::{KkCase, kk_word};
use crate::Lang;
use chrono::{Datelike, NaiveDate};

const KK_MONTHS: [&str; 12] = [
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
];

const RU_MONTHS: [&str; 12] = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
];

const RU_MONTHS_GENITIVE: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];

fn index(month: u32) -> usize {
    (month.clamp(1, 12) - 1) as usize
}

/// The Kazakh name of `month` (1–12), lower case: «қараша».
pub fn kk_month(month: u32) -> &'static str {
    KK_MONTHS[index(month)]
}

/// The Russian name of `month` (1–12), nominative, lower case: «ноябрь».
pub fn ru_month(month: u32) -> &'static str {
    RU_MONTHS[index(month)]
}

/// The Russian name of `month` (1–12) in the genitive, as after a day: «ноября».
pub fn ru_month_genitive(month: u32) -> &'static str {
    RU_MONTHS_GENITIVE[index(month)]
}

/// «2026 жылғы 8 қараша», the month in `case` («2026 жылғы 8 қарашада»).
pub fn kk_date(date: NaiveDate, case: KkCase) -> String {
    format!(
        "{} жылғы {} {}",
        date.year(),
        date.day(),
        kk_word(kk_month(date.month()), case)
    )
}

/// «8 ноября 2026 г.» (the same in every case of the sentence).
pub fn ru_date(date: NaiveDate) -> String {
    format!(
        "{} {} {} г.",
        date.day(),
        RU_MONTHS_GENITIVE[index(date.month())],
        date.year()
    )
}

/// A date in words in `lang`; `case` applies to Kazakh only.
pub fn date_in_words(lang: Lang, date: NaiveDate, case: KkCase) -> String {
    match lang {
        Lang::Kk => kk_date(date, case),
        Lang::Ru => ru_date(date),
    }
}

/// A month's title: «2026 жылғы қараша» / «Ноябрь 2026 г.».
pub fn month_title(lang: Lang, year: i32, month: u32) -> String {
    match lang {
        Lang::Kk => format!("{year} жылғы {}", kk_month(month)),
        Lang::Ru => {
            let name = ru_month(month);
            let mut chars = name.chars();
            let first = chars
                .next()
                .map(|c| c.to_uppercase().to_string())
                .unwrap_or_default();
            format!("{first}{} {year} г.", chars.as_str())
        }
    }
}

/// «08.11.2026».
pub fn date_numeric(date: NaiveDate) -> String {
    date.format("%d.%m.%Y").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn dates_in_words_in_both_languages() {
        assert_eq!(
            kk_date(d(2026, 11, 8), KkCase::Nominative),
            "2026 жылғы 8 қараша"
        );
        assert_eq!(
            kk_date(d(2026, 11, 8), KkCase::Locative),
            "2026 жылғы 8 қарашада"
        );
        assert_eq!(ru_date(d(2026, 11, 8)), "8 ноября 2026 г.");
        assert_eq!(date_numeric(d(2026, 11, 8)), "08.11.2026");
        assert_eq!(month_title(Lang::Kk, 2026, 11), "2026 жылғы қараша");
        assert_eq!(month_title(Lang::Ru, 2026, 11), "Ноябрь 2026 г.");
    }

    #[test]
    fn every_month_in_the_locative() {
        let want = [
            "қаңтарда",
            "ақпанда",
            "наурызда",
            "сәуірде",
            "мамырда",
            "маусымда",
            "шілдеде",
            "тамызда",
            "қыркүйекте",
            "қазанда",
            "қарашада",
            "желтоқсанда",
        ];
        for (m, w) in (1..=12).zip(want) {
            assert_eq!(kk_word(kk_month(m), KkCase::Locative), w);
        }
        assert_eq!(
            kk_date(d(2026, 12, 1), KkCase::Genitive),
            "2026 жылғы 1 желтоқсанның"
        );
    }
}
