//! The programme dashboard: one row per CoP with its latest score, members and products, plus
//! counts per band and member totals, over the CoPs the person chose to see.

use std::cmp::Ordering;

use crate::community::Community;
use crate::scoring::{latest_complete, Band};
use crate::summary::Layer;
use crate::workspace::Workspace;

use super::products::ProductStatus;

/// Which CoPs to show. `None` means "any".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Matched ignoring ASCII case, like `Workspace::countries` groups them.
    pub country: Option<String>,
    pub band: Option<Band>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SortKey {
    /// Workspace order is kept for equal names (sorting is stable).
    #[default]
    Name,
    Country,
    /// Latest complete total; unrated CoPs always go last, in either direction.
    Total,
    /// Members at the latest count; CoPs never counted always go last.
    Members,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Sort {
    pub key: SortKey,
    pub descending: bool,
}

/// One CoP on the dashboard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub id: String,
    pub name: String,
    pub country: String,
    /// Total of the most recent complete assessment.
    pub latest_total: Option<u8>,
    pub band: Option<Band>,
    /// Members at the first snapshot (in the workspace's time order) where this CoP has counts.
    pub members_baseline: Option<u64>,
    /// Members at the last snapshot where this CoP has counts.
    pub members_now: Option<u64>,
    /// `members_now - members_baseline`, only when they come from two different snapshots (a
    /// single count is not a change of zero).
    pub members_change: Option<i64>,
    /// Literature review, protocol, report.
    pub products: [ProductStatus; 3],
    /// Anything written in the summary: a main message, a section body, a finding or a
    /// recommendation (the Table 4 pairs are the heart of what the paper's CoPs wrote).
    pub summary_written: bool,
    /// Words written across the three 1:3:25 layers, counted as the budgets count them.
    pub summary_words: usize,
}

/// CoPs per band, and those without a complete assessment.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BandCounts {
    pub sub_optimal: usize,
    pub needs_strengthening: usize,
    pub optimal: usize,
    pub unrated: usize,
}

impl BandCounts {
    fn of<'a>(rows: impl IntoIterator<Item = &'a Row>) -> BandCounts {
        let mut c = BandCounts::default();
        for r in rows {
            match r.band {
                Some(Band::SubOptimal) => c.sub_optimal += 1,
                Some(Band::NeedsStrengthening) => c.needs_strengthening += 1,
                Some(Band::Optimal) => c.optimal += 1,
                None => c.unrated += 1,
            }
        }
        c
    }

    /// The count for a band, or for "unrated" with `None`.
    pub fn get(&self, band: Option<Band>) -> usize {
        match band {
            Some(Band::SubOptimal) => self.sub_optimal,
            Some(Band::NeedsStrengthening) => self.needs_strengthening,
            Some(Band::Optimal) => self.optimal,
            None => self.unrated,
        }
    }

    pub fn total(&self) -> usize {
        self.sub_optimal + self.needs_strengthening + self.optimal + self.unrated
    }
}

/// Member totals over the shown CoPs. Each CoP contributes its own first and last count, so
/// CoPs counted at different moments still add up; `counted` says how many contributed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MemberTotals {
    pub baseline: u64,
    pub now: u64,
    pub counted: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dashboard {
    /// The filtered rows, sorted.
    pub rows: Vec<Row>,
    /// Over the filtered rows.
    pub band_counts: BandCounts,
    /// Over every CoP of the workspace, whatever the filter.
    pub band_counts_all: BandCounts,
    /// Every country of the workspace, for the filter's choices (first-seen order).
    pub countries: Vec<String>,
    /// Over the filtered rows.
    pub totals: MemberTotals,
}

impl Dashboard {
    /// The shown CoPs' ids in display order, for the charts.
    pub fn ids(&self) -> Vec<String> {
        self.rows.iter().map(|r| r.id.clone()).collect()
    }
}

fn row(ws: &Workspace, c: &Community, today: &str) -> Row {
    let latest = latest_complete(&c.assessments);
    let latest_total = latest.and_then(|a| a.total());
    let professions: Vec<&str> = ws.professions.iter().map(|p| p.id.as_str()).collect();
    // (snapshot position, members) for every snapshot with anyone counted in a listed
    // profession; snapshots are kept in time order by the workspace.
    let counted: Vec<(usize, u64)> = ws
        .snapshots
        .iter()
        .enumerate()
        .map(|(i, s)| (i, c.composition.total(&s.id, professions.iter().copied())))
        .filter(|(_, n)| *n > 0)
        .collect();
    let first = counted.first().copied();
    let last = counted.last().copied();
    let members_change = match (first, last) {
        (Some((i, a)), Some((j, b))) if i != j => Some(
            i64::try_from(b)
                .unwrap_or(i64::MAX)
                .saturating_sub(i64::try_from(a).unwrap_or(i64::MAX)),
        ),
        _ => None,
    };
    let s = &c.summary;
    let written = |t: &str| !t.trim().is_empty();
    let summary_written = s.main_messages.iter().any(|m| written(&m.text))
        || s.executive.iter().chain(&s.report).any(|x| written(&x.body))
        || s.findings.iter().any(|f| written(&f.text))
        || s.recommendations.iter().any(|r| written(&r.text));
    Row {
        id: c.id.clone(),
        name: c.name.clone(),
        country: c.country.clone(),
        latest_total,
        band: latest_total.and_then(|t| ws.bands.band_for(t)),
        members_baseline: first.map(|(_, n)| n),
        members_now: last.map(|(_, n)| n),
        members_change,
        products: c.products.statuses(today),
        summary_written,
        summary_words: Layer::ALL.iter().map(|l| s.layer_words(*l)).sum(),
    }
}

/// Text compared the way people expect in a list: ignoring case and Spanish accents, so
/// "Ñ…" and "Á…" do not sort after "Z…".
fn sort_text(s: &str) -> String {
    s.trim()
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'ä' | 'â' => 'a',
            'é' | 'è' | 'ë' | 'ê' => 'e',
            'í' | 'ì' | 'ï' | 'î' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' => 'o',
            'ú' | 'ù' | 'ü' | 'û' => 'u',
            other => other,
        })
        .collect()
}

/// Compares known values in the chosen direction and puts unknown ones last either way.
fn known_first<T: Ord>(a: Option<T>, b: Option<T>, descending: bool) -> Ordering {
    match (a, b) {
        (Some(x), Some(y)) if descending => y.cmp(&x),
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

fn compare(a: &Row, b: &Row, sort: Sort) -> Ordering {
    let directed = |o: Ordering| if sort.descending { o.reverse() } else { o };
    match sort.key {
        SortKey::Name => directed(sort_text(&a.name).cmp(&sort_text(&b.name))),
        SortKey::Country => directed(sort_text(&a.country).cmp(&sort_text(&b.country))),
        SortKey::Total => known_first(a.latest_total, b.latest_total, sort.descending),
        SortKey::Members => known_first(a.members_now, b.members_now, sort.descending),
    }
}

/// Builds the dashboard on `today` (ISO date from the caller, for product statuses).
pub fn dashboard(ws: &Workspace, today: &str, filter: &Filter, sort: Sort) -> Dashboard {
    let all: Vec<Row> = ws.communities.iter().map(|c| row(ws, c, today)).collect();
    let band_counts_all = BandCounts::of(&all);
    let country = filter.country.as_deref().map(str::trim).filter(|c| !c.is_empty());
    let mut rows: Vec<Row> = all
        .into_iter()
        .filter(|r| country.is_none_or(|c| r.country.trim().eq_ignore_ascii_case(c)))
        .filter(|r| filter.band.is_none_or(|b| r.band == Some(b)))
        .collect();
    // `sort_by` is stable: equal keys keep workspace order.
    rows.sort_by(|a, b| compare(a, b, sort));
    let mut totals = MemberTotals::default();
    for r in &rows {
        if let (Some(a), Some(b)) = (r.members_baseline, r.members_now) {
            totals.baseline = totals.baseline.saturating_add(a);
            totals.now = totals.now.saturating_add(b);
            totals.counted += 1;
        }
    }
    Dashboard {
        band_counts: BandCounts::of(&rows),
        rows,
        band_counts_all,
        countries: ws.countries(),
        totals,
    }
}
