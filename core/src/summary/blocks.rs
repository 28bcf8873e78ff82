//! How a section body is read for export: paragraphs, bullet lists and numbered lists.
//!
//! Health staff type bodies in a plain text box. Both exports (Markdown and HTML) read them the
//! same way through this module, so a bullet typed as "- ", "* " or "• " is a bullet in both.

/// A block of a section body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// Consecutive non-list lines (trimmed), to print as one paragraph with line breaks kept
    /// where the export format allows.
    Paragraph(Vec<String>),
    /// Bullet items, marker removed.
    Bullets(Vec<String>),
    /// Numbered items ("1. ", "2) "), marker removed; exports renumber from 1.
    Numbered(Vec<String>),
}

/// Splits a body into blocks. A blank line ends a block; a change between paragraph lines,
/// bullets and numbered items starts a new one.
pub fn blocks(text: &str) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut open = false; // whether the last block may still grow
    for raw in text.lines() {
        let line = raw.trim();
        if line.is_empty() {
            open = false;
            continue;
        }
        let (item, kind) = match (bullet_item(line), numbered_item(line)) {
            (Some(t), _) => (t, Kind::Bullet),
            (None, Some(t)) => (t, Kind::Number),
            (None, None) => (line, Kind::Para),
        };
        let item = item.to_string();
        match (open, out.last_mut(), kind) {
            (true, Some(Block::Paragraph(v)), Kind::Para)
            | (true, Some(Block::Bullets(v)), Kind::Bullet)
            | (true, Some(Block::Numbered(v)), Kind::Number) => v.push(item),
            _ => out.push(match kind {
                Kind::Para => Block::Paragraph(vec![item]),
                Kind::Bullet => Block::Bullets(vec![item]),
                Kind::Number => Block::Numbered(vec![item]),
            }),
        }
        open = true;
    }
    out
}

#[derive(Clone, Copy)]
enum Kind {
    Para,
    Bullet,
    Number,
}

/// "- text", "* text", "+ text", "• text", "– text" → "text" (the marker needs a space after it,
/// so "-5%" or "*important*" stay text).
fn bullet_item(line: &str) -> Option<&str> {
    ["- ", "* ", "+ ", "• ", "– ", "· "]
        .iter()
        .find_map(|m| line.strip_prefix(m))
        .map(str::trim)
        .filter(|t| !t.is_empty())
}

/// "1. text" or "12) text" → "text".
fn numbered_item(line: &str) -> Option<&str> {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return None;
    }
    let rest = &line[digits..];
    rest.strip_prefix(". ")
        .or_else(|| rest.strip_prefix(") "))
        .map(str::trim)
        .filter(|t| !t.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_bullets_and_numbers() {
        let b = blocks("One\ntwo\n\n- a\n• b\n1. x\n2) y\n\n-5% is text\n*bold* too");
        assert_eq!(
            b,
            vec![
                Block::Paragraph(vec!["One".into(), "two".into()]),
                Block::Bullets(vec!["a".into(), "b".into()]),
                Block::Numbered(vec!["x".into(), "y".into()]),
                Block::Paragraph(vec!["-5% is text".into(), "*bold* too".into()]),
            ]
        );
        assert!(blocks("  \n\n ").is_empty());
    }
}
