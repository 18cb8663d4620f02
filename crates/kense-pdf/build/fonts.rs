//! Where the build finds PT Serif and PT Sans: pure functions over candidate
//! folders, shared by `build.rs` and `tests/font_search.rs`.
//!
//! The folders, in order: `$KENSE_FONT_DIR` alone when it is set; otherwise
//! Debian's `fonts-paratype` folder, then the usual font folders of the build
//! machine (Windows: `%WINDIR%\Fonts`, `%LOCALAPPDATA%\Microsoft\Windows\Fonts`;
//! macOS: `/Library/Fonts`, `~/Library/Fonts`). Each face is taken from the
//! first folder holding it under one of its known file names: ParaType's own
//! (`PTF55F.ttf`, as in ParaType's zip files and Debian) or Google Fonts'
//! (`PTSerif-Regular.ttf`, `PT_Serif-Web-Regular.ttf`).

use std::path::{Path, PathBuf};

/// The environment variable naming the one folder to read the fonts from.
pub const FONT_DIR_ENV: &str = "KENSE_FONT_DIR";

/// Where Debian/Ubuntu's `fonts-paratype` package installs the faces.
pub const DEBIAN_FONT_DIR: &str = "/usr/share/fonts/truetype/paratype";

/// One face the library embeds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Face {
    /// The file name in `OUT_DIR` (ParaType's), which `src/fonts.rs` includes.
    pub out_name: &'static str,
    /// What people call it.
    pub label: &'static str,
    /// The file names it is known under, ParaType's first.
    pub file_names: &'static [&'static str],
}

/// The eight faces: PT Serif for documents, PT Sans for lists and reports.
pub const FACES: [Face; 8] = [
    Face {
        out_name: "PTF55F.ttf",
        label: "PT Serif Regular",
        file_names: &[
            "PTF55F.ttf",
            "PTSerif-Regular.ttf",
            "PT_Serif-Web-Regular.ttf",
        ],
    },
    Face {
        out_name: "PTF56F.ttf",
        label: "PT Serif Italic",
        file_names: &[
            "PTF56F.ttf",
            "PTSerif-Italic.ttf",
            "PT_Serif-Web-Italic.ttf",
        ],
    },
    Face {
        out_name: "PTF75F.ttf",
        label: "PT Serif Bold",
        file_names: &["PTF75F.ttf", "PTSerif-Bold.ttf", "PT_Serif-Web-Bold.ttf"],
    },
    Face {
        out_name: "PTF76F.ttf",
        label: "PT Serif Bold Italic",
        file_names: &[
            "PTF76F.ttf",
            "PTSerif-BoldItalic.ttf",
            "PT_Serif-Web-BoldItalic.ttf",
        ],
    },
    Face {
        out_name: "PTS55F.ttf",
        label: "PT Sans Regular",
        file_names: &[
            "PTS55F.ttf",
            "PTSans-Regular.ttf",
            "PT_Sans-Web-Regular.ttf",
        ],
    },
    Face {
        out_name: "PTS56F.ttf",
        label: "PT Sans Italic",
        file_names: &["PTS56F.ttf", "PTSans-Italic.ttf", "PT_Sans-Web-Italic.ttf"],
    },
    Face {
        out_name: "PTS75F.ttf",
        label: "PT Sans Bold",
        file_names: &["PTS75F.ttf", "PTSans-Bold.ttf", "PT_Sans-Web-Bold.ttf"],
    },
    Face {
        out_name: "PTS76F.ttf",
        label: "PT Sans Bold Italic",
        file_names: &[
            "PTS76F.ttf",
            "PTSans-BoldItalic.ttf",
            "PT_Sans-Web-BoldItalic.ttf",
        ],
    },
];

/// A folder to look in, and why it is on the list (for messages).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// The folder.
    pub dir: PathBuf,
    /// Where it came from: "$KENSE_FONT_DIR", "Debian's fonts-paratype", ….
    pub source: String,
}

/// The folders to look in, in order, for a build machine running `host_os`
/// (`std::env::consts::OS` of the build script) with environment `var`.
pub fn candidate_dirs(host_os: &str, var: impl Fn(&str) -> Option<String>) -> Vec<Candidate> {
    let var = |name: &str| var(name).filter(|v| !v.is_empty());
    if let Some(dir) = var(FONT_DIR_ENV) {
        return vec![Candidate {
            dir: PathBuf::from(dir),
            source: format!("${FONT_DIR_ENV}"),
        }];
    }
    let mut dirs = Vec::new();
    let mut push = |dir: PathBuf, source: &str| {
        dirs.push(Candidate {
            dir,
            source: source.to_owned(),
        })
    };
    match host_os {
        "windows" => {
            let windir = var("WINDIR").unwrap_or_else(|| r"C:\Windows".to_owned());
            push(Path::new(&windir).join("Fonts"), "the Windows font folder");
            if let Some(local) = var("LOCALAPPDATA") {
                push(
                    Path::new(&local).join(r"Microsoft\Windows\Fonts"),
                    "the user's Windows font folder",
                );
            }
        }
        "macos" => {
            push(PathBuf::from("/Library/Fonts"), "the macOS font folder");
            if let Some(home) = var("HOME") {
                push(
                    Path::new(&home).join("Library/Fonts"),
                    "the user's macOS font folder",
                );
            }
        }
        _ => push(PathBuf::from(DEBIAN_FONT_DIR), "Debian's fonts-paratype"),
    }
    dirs
}

/// Each face with the file it was found in, or the faces found nowhere.
pub fn find_faces(candidates: &[Candidate]) -> Result<Vec<(Face, PathBuf)>, Vec<Face>> {
    let mut found = Vec::new();
    let mut missing = Vec::new();
    for face in FACES {
        let file = candidates.iter().find_map(|c| {
            face.file_names
                .iter()
                .map(|name| c.dir.join(name))
                .find(|path| path.is_file())
        });
        match file {
            Some(path) => found.push((face, path)),
            None => missing.push(face),
        }
    }
    if missing.is_empty() {
        Ok(found)
    } else {
        Err(missing)
    }
}

/// The lines of the build error when faces are missing: what, where it
/// looked, and exactly where to get them.
pub fn missing_message(candidates: &[Candidate], missing: &[Face]) -> Vec<String> {
    let mut lines = vec![
        "kense-pdf embeds the ParaType PT Serif and PT Sans fonts at build time; missing: "
            .to_owned()
            + &missing
                .iter()
                .map(|f| f.label)
                .collect::<Vec<_>>()
                .join(", "),
        "Looked in:".to_owned(),
    ];
    for c in candidates {
        lines.push(format!("  {} ({})", c.dir.display(), c.source));
    }
    lines.extend([
        "Get them:".to_owned(),
        "  Debian/Ubuntu: sudo apt-get install fonts-paratype".to_owned(),
        "  Windows/macOS: download PT Serif and PT Sans from ParaType's \"Public Types\" page \
         (https://www.paratype.com/public/) or from Google Fonts (fonts.google.com, \
         \"PT Serif\" and \"PT Sans\"), and install them or unzip them into one folder"
            .to_owned(),
        format!(
            "  Then build again, with {FONT_DIR_ENV}=that folder if it is not a font folder \
             listed above. File names accepted: {} (or the Google Fonts names, e.g. PTSerif-Regular.ttf).",
            FACES.map(|f| f.out_name).join(", ")
        ),
    ]);
    lines
}
