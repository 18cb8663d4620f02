//! The licence a font declares in its own `name` table: what Settings >
//! About shows for the embedded faces (see [`crate::Face::licence`]).

/// The licence a font file declares in its `name` table (the licence
/// description, ID 13, and its URL, ID 14), summed up in a few words:
/// "ParaType Free Font License" (ParaType's 2009–2010 files, as Debian ships
/// them) or "SIL Open Font License 1.1" (later ParaType and Google Fonts
/// files); otherwise the URL the font gives, or `None` when it says nothing.
pub fn declared_licence(font: &[u8]) -> Option<String> {
    let texts = name_strings(font, &[13, 14]);
    let all = texts.join(" ");
    if all.contains("Open Font License") || all.contains("OFL") {
        Some("SIL Open Font License 1.1".to_owned())
    } else if all.contains("pt_openlicense") || all.starts_with("ParaType Ltd grants") {
        Some("ParaType Free Font License".to_owned())
    } else {
        texts.into_iter().find(|t| t.starts_with("http"))
    }
}

/// The Windows-platform English strings of the given name IDs, in order.
fn name_strings(font: &[u8], ids: &[u16]) -> Vec<String> {
    let u16_at = |at: usize| {
        font.get(at..at + 2)
            .map(|b| u16::from_be_bytes([b[0], b[1]]) as usize)
    };
    let u32_at = |at: usize| {
        font.get(at..at + 4)
            .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]) as usize)
    };
    let Some(tables) = u16_at(4) else {
        return Vec::new();
    };
    let Some(name) = (0..tables)
        .map(|i| 12 + 16 * i)
        .find(|&rec| font.get(rec..rec + 4) == Some(b"name"))
        .and_then(|rec| u32_at(rec + 8))
    else {
        return Vec::new();
    };
    let (Some(count), Some(strings)) = (u16_at(name + 2), u16_at(name + 4)) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for &id in ids {
        let found = (0..count).map(|r| name + 6 + 12 * r).find_map(|rec| {
            let fields: Option<Vec<usize>> = (0..6).map(|k| u16_at(rec + 2 * k)).collect();
            let f = fields?;
            // platform 3 (Windows), encoding 1 (Unicode BMP), language 0x409.
            if (f[0], f[1], f[2], f[3]) != (3, 1, 0x409, usize::from(id)) {
                return None;
            }
            let start = name + strings + f[5];
            let units: Vec<u16> = font
                .get(start..start + f[4])?
                .chunks_exact(2)
                .map(|c| u16::from_be_bytes([c[0], c[1]]))
                .collect();
            String::from_utf16(&units).ok()
        });
        out.extend(found);
    }
    out
}
