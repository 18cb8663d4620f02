//! The build script's font search (`build/fonts.rs`): which folders it reads
//! on each build machine, which file it takes, and what it says when a face is
//! missing.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly on purpose
#![allow(
    clippy::disallowed_methods,
    reason = "tests write their input files directly; what Kense writes goes through write_atomic"
)]

#[path = "../build/fonts.rs"]
#[allow(dead_code, missing_docs)]
mod fonts;

use fonts::{Candidate, FACES, candidate_dirs, find_faces, missing_message};
use kense_pdf::{Face, declared_licence};
use std::fs;
use std::path::{Path, PathBuf};

fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
    move |name| {
        pairs
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| (*v).to_owned())
    }
}

fn dirs(candidates: &[Candidate]) -> Vec<PathBuf> {
    candidates.iter().map(|c| c.dir.clone()).collect()
}

fn candidate(dir: &Path) -> Candidate {
    Candidate {
        dir: dir.to_path_buf(),
        source: "test".to_owned(),
    }
}

/// A file with a TrueType header; the search only checks that it exists.
fn touch(dir: &Path, name: &str) {
    fs::write(dir.join(name), [0, 1, 0, 0]).unwrap();
}

#[test]
fn kense_font_dir_is_the_only_folder_when_set() {
    for os in ["linux", "windows", "macos"] {
        let got = candidate_dirs(os, env(&[("KENSE_FONT_DIR", "/opt/fonts"), ("HOME", "/h")]));
        assert_eq!(dirs(&got), [PathBuf::from("/opt/fonts")], "{os}");
        assert_eq!(got[0].source, "$KENSE_FONT_DIR");
    }
    // Set but empty counts as unset.
    let got = candidate_dirs("linux", env(&[("KENSE_FONT_DIR", "")]));
    assert_eq!(dirs(&got), [PathBuf::from(fonts::DEBIAN_FONT_DIR)]);
}

#[test]
fn each_build_machine_gets_its_usual_font_folders() {
    let linux = candidate_dirs("linux", env(&[]));
    assert_eq!(
        dirs(&linux),
        [PathBuf::from("/usr/share/fonts/truetype/paratype")]
    );

    let windows = candidate_dirs(
        "windows",
        env(&[
            ("WINDIR", r"D:\Win"),
            ("LOCALAPPDATA", r"C:\Users\a\AppData\Local"),
        ]),
    );
    assert_eq!(
        dirs(&windows),
        [
            Path::new(r"D:\Win").join("Fonts"),
            Path::new(r"C:\Users\a\AppData\Local").join(r"Microsoft\Windows\Fonts"),
        ]
    );
    // Without WINDIR the system folder is still tried.
    let bare = candidate_dirs("windows", env(&[]));
    assert_eq!(dirs(&bare), [Path::new(r"C:\Windows").join("Fonts")]);

    let mac = candidate_dirs("macos", env(&[("HOME", "/Users/a")]));
    assert_eq!(
        dirs(&mac),
        [
            PathBuf::from("/Library/Fonts"),
            Path::new("/Users/a").join("Library/Fonts")
        ]
    );
}

#[test]
fn each_face_comes_from_the_first_folder_holding_it_under_any_known_name() {
    let first = tempfile::tempdir().unwrap();
    let second = tempfile::tempdir().unwrap();
    // ParaType names for PT Serif in the first folder, Google Fonts names for
    // PT Sans in the second, and a stray PT Serif copy there too.
    for name in ["PTF55F.ttf", "PTF56F.ttf", "PTF75F.ttf", "PTF76F.ttf"] {
        touch(first.path(), name);
    }
    for name in [
        "PTSans-Regular.ttf",
        "PTSans-Italic.ttf",
        "PT_Sans-Web-Bold.ttf",
        "PTSans-BoldItalic.ttf",
        "PTF55F.ttf",
    ] {
        touch(second.path(), name);
    }
    let found = find_faces(&[candidate(first.path()), candidate(second.path())]).unwrap();
    let by_face: Vec<(&str, PathBuf)> =
        found.iter().map(|(f, p)| (f.out_name, p.clone())).collect();
    assert_eq!(by_face.len(), 8);
    assert_eq!(by_face[0], ("PTF55F.ttf", first.path().join("PTF55F.ttf")));
    assert_eq!(
        by_face[4],
        ("PTS55F.ttf", second.path().join("PTSans-Regular.ttf"))
    );
    assert_eq!(
        by_face[6],
        ("PTS75F.ttf", second.path().join("PT_Sans-Web-Bold.ttf"))
    );
}

#[test]
fn missing_faces_are_named_with_where_it_looked_and_where_to_get_them() {
    let dir = tempfile::tempdir().unwrap();
    touch(dir.path(), "PTF55F.ttf");
    // A folder is not a font.
    fs::create_dir(dir.path().join("PTS55F.ttf")).unwrap();
    let candidates = [candidate(dir.path()), candidate(&dir.path().join("absent"))];
    let missing = find_faces(&candidates).unwrap_err();
    assert_eq!(missing.len(), 7);
    assert!(!missing.iter().any(|f| f.out_name == "PTF55F.ttf"));

    let text = missing_message(&candidates, &missing).join("\n");
    for needle in [
        "PT Sans Regular",
        "PT Serif Bold Italic",
        &dir.path().display().to_string(),
        &dir.path().join("absent").display().to_string(),
        "sudo apt-get install fonts-paratype",
        "ParaType's \"Public Types\" page (https://www.paratype.com/public/)",
        "KENSE_FONT_DIR",
    ] {
        assert!(text.contains(needle), "{needle:?} not in:\n{text}");
    }
    assert!(!text.contains("PT Serif Regular,"), "{text}");
}

#[test]
fn every_face_is_known_under_its_paratype_name_first() {
    for face in FACES {
        assert_eq!(face.file_names[0], face.out_name);
        assert!(face.file_names.len() >= 2, "{face:?}");
    }
}

/// A minimal font: the sfnt header and one `name` table holding `strings`.
fn font_with_names(strings: &[(u16, &str)]) -> Vec<u8> {
    let mut storage = Vec::new();
    let mut records = Vec::new();
    for &(id, text) in strings {
        let bytes: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        for v in [3u16, 1, 0x409, id, bytes.len() as u16, storage.len() as u16] {
            records.extend(v.to_be_bytes());
        }
        storage.extend(bytes);
    }
    let mut name = Vec::new();
    for v in [0u16, strings.len() as u16, (6 + records.len()) as u16] {
        name.extend(v.to_be_bytes());
    }
    name.extend(records);
    name.extend(storage);
    let mut font = vec![0, 1, 0, 0, 0, 1, 0, 16, 0, 0, 0, 0];
    font.extend(b"name");
    font.extend(0u32.to_be_bytes());
    font.extend(28u32.to_be_bytes());
    font.extend((name.len() as u32).to_be_bytes());
    font.extend(name);
    font
}

#[test]
fn the_declared_licence_is_read_from_the_name_table() {
    let paratype = font_with_names(&[
        (
            13,
            "ParaType Ltd grants you the right to use, copy, modify this font",
        ),
        (14, "http://www.paratype.com/public/pt_openlicense_eng.asp"),
    ]);
    assert_eq!(
        declared_licence(&paratype).as_deref(),
        Some("ParaType Free Font License")
    );
    let ofl = font_with_names(&[
        (
            13,
            "This Font Software is licensed under the SIL Open Font License, Version 1.1.",
        ),
        (14, "https://openfontlicense.org"),
    ]);
    assert_eq!(
        declared_licence(&ofl).as_deref(),
        Some("SIL Open Font License 1.1")
    );
    let other = font_with_names(&[(14, "https://example.org/licence")]);
    assert_eq!(
        declared_licence(&other).as_deref(),
        Some("https://example.org/licence")
    );
    assert_eq!(declared_licence(&font_with_names(&[])), None);
    assert_eq!(declared_licence(b"not a font"), None);
}

#[test]
fn the_embedded_fonts_declare_a_licence() {
    // What About shows: Debian's files are under ParaType's own licence.
    for licence in [Face::SerifRegular.licence(), Face::SansBold.licence()] {
        assert!(
            licence == "ParaType Free Font License" || licence == "SIL Open Font License 1.1",
            "{licence}"
        );
    }
}
