//! The composition table as CSV, for spreadsheets.
//!
//! RFC 4180: fields with commas, quotes or line breaks are quoted, quotes doubled, lines end
//! with CRLF. Text typed by users (CoP, country, profession and snapshot names) that starts
//! with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, so a
//! spreadsheet shows it as text instead of running it as a formula (CSV injection). Numbers
//! are written by Práctica itself and are never negative here, so they are left as numbers.

use super::share::Share;
use super::table::CompositionTable;
use crate::text::Lang;

/// Byte-order mark to put before the CSV text when saving a file: without it, Excel on
/// Windows reads UTF-8 as another encoding and "México" turns into "MÃ©xico". Not added by
/// [`table_to_csv`] so that the text stays plain for tests and other consumers.
pub const UTF8_BOM: &str = "\u{feff}";

/// One CSV field of user text: guarded against formulas, then quoted if needed.
pub fn text_field(text: &str) -> String {
    let guarded = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    quote(&guarded)
}

fn quote(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

fn share_field(share: Option<Share>) -> String {
    // An empty cell rather than "–": a spreadsheet then treats the column as numbers.
    share.map_or_else(String::new, |s| s.to_string())
}

fn line(fields: &[String]) -> String {
    let mut out = fields.join(",");
    out.push_str("\r\n");
    out
}

/// The table as CSV, with headings in `lang`.
///
/// Layout: a header row (CoP, country-total and total columns, then "%"); one row of counts
/// per profession whose last field is the profession's share of all members (the paper's
/// "%" column); the total row; then the same rows as percentages of each column; then the
/// diversity index of each column. Empty columns give empty percentage fields.
pub fn table_to_csv(table: &CompositionTable, lang: Lang) -> String {
    let (profession, total, diversity) = match lang {
        Lang::En => ("Profession", "Total", "Diversity index (%)"),
        Lang::Es => ("Profesión", "Total", "Índice de diversidad (%)"),
    };
    let labels = table.row_labels(lang);
    let overall = table.overall_shares();
    let mut out = String::new();

    let mut header = vec![text_field(&format!(
        "{profession} ({})",
        table.snapshot_label
    ))];
    header.extend(table.columns.iter().map(|c| text_field(&c.heading(lang))));
    header.push("%".to_string());
    out.push_str(&line(&header));

    for (row, label) in labels.iter().enumerate() {
        let mut fields = vec![text_field(label)];
        fields.extend(table.columns.iter().map(|c| {
            c.cells
                .get(row)
                .map_or_else(String::new, |x| x.count.to_string())
        }));
        fields.push(share_field(overall.get(row).copied().flatten()));
        out.push_str(&line(&fields));
    }
    let mut totals = vec![text_field(total)];
    totals.extend(table.columns.iter().map(|c| c.total.count.to_string()));
    totals.push(share_field(table.overall().and_then(|c| c.total.share)));
    out.push_str(&line(&totals));

    for (row, label) in labels.iter().enumerate() {
        let mut fields = vec![text_field(&format!("{label} (%)"))];
        fields.extend(
            table
                .columns
                .iter()
                .map(|c| share_field(c.cells.get(row).and_then(|x| x.share))),
        );
        fields.push(String::new());
        out.push_str(&line(&fields));
    }
    let mut total_shares = vec![text_field(&format!("{total} (%)"))];
    total_shares.extend(table.columns.iter().map(|c| share_field(c.total.share)));
    total_shares.push(String::new());
    out.push_str(&line(&total_shares));

    let mut div = vec![text_field(diversity)];
    div.extend(table.columns.iter().map(|c| share_field(c.diversity.index)));
    div.push(String::new());
    out.push_str(&line(&div));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting() {
        assert_eq!(text_field("Hidalgo"), "Hidalgo");
        assert_eq!(
            text_field("Matagalpa 2, San José"),
            "\"Matagalpa 2, San José\""
        );
        assert_eq!(text_field("El \"Ayote\""), "\"El \"\"Ayote\"\"\"");
        assert_eq!(text_field("a\nb"), "\"a\nb\"");
        assert_eq!(text_field("a\r\nb"), "\"a\r\nb\"");
        assert_eq!(text_field(""), "");
    }

    #[test]
    fn formula_guard() {
        assert_eq!(
            text_field("=HYPERLINK(\"x\")"),
            "\"'=HYPERLINK(\"\"x\"\")\""
        );
        assert_eq!(text_field("+1"), "'+1");
        assert_eq!(text_field("-2"), "'-2");
        assert_eq!(text_field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(text_field("\tx"), "'\tx");
        assert_eq!(text_field("a=b"), "a=b");
    }
}
