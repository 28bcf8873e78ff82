//! Profile diversity of a column of counts.
//!
//! The paper names the members' "varied professional profiles" among the internal factors that
//! helped CoPs work, but gives no measure. Práctica uses the Gini–Simpson index, 1 − Σ pᵢ²:
//! the chance that two members picked at random (with replacement) have different
//! professions. It was chosen over alternatives because it reads as a plain-language
//! probability, is 0 for a single profession, grows with both the number of professions and
//! the evenness of the spread, and has a known ceiling 1 − 1/k for k professions, which the UI
//! can show next to it. Shannon entropy would rank columns much the same but has no
//! meaning a health team can check by hand. The share of the largest group is shown beside
//! it because one dominant profession is the most common way a CoP loses variety.

use super::share::{shares, tenths_of_percent, Share};
use crate::text::Bilingual;

/// The diversity figures of one column (a CoP, a country, or everyone).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diversity {
    /// Gini–Simpson index as a percentage with one decimal; `None` when nobody was counted.
    pub index: Option<Share>,
    /// Highest index possible with this many professions, 1 − 1/k (66.7 for three);
    /// `None` with no professions.
    pub max_possible: Option<Share>,
    /// Share of the largest profession, rounded as in the table so the two agree.
    pub largest_share: Option<Share>,
    /// Row indexes of the largest profession (several on a tie); empty when nobody was counted.
    pub largest: Vec<usize>,
    /// How many professions have at least one member.
    pub professions_present: usize,
}

/// Diversity of a column of counts (one entry per profession row).
pub fn diversity(counts: &[u32]) -> Diversity {
    let total: u128 = counts.iter().map(|&c| u128::from(c)).sum();
    let squares: u128 = counts.iter().map(|&c| u128::from(c) * u128::from(c)).sum();
    let whole = total * total;
    // 1 − Σc²/N² = (N² − Σc²)/N²; Σc² ≤ N² always, so the subtraction cannot underflow.
    let index = tenths_of_percent(whole.saturating_sub(squares), whole).and_then(to_share);
    let k = counts.len() as u128;
    let max_possible = tenths_of_percent(k.saturating_sub(1), k).and_then(to_share);
    let rounded = shares(counts);
    let max_count = counts.iter().copied().max().unwrap_or(0);
    let largest: Vec<usize> = if total == 0 {
        Vec::new()
    } else {
        counts
            .iter()
            .enumerate()
            .filter(|(_, &c)| c == max_count)
            .map(|(i, _)| i)
            .collect()
    };
    let largest_share = largest
        .first()
        .and_then(|&i| rounded.get(i).copied().flatten());
    Diversity {
        index,
        max_possible,
        largest_share,
        largest,
        professions_present: counts.iter().filter(|&&c| c > 0).count(),
    }
}

fn to_share(tenths: u128) -> Option<Share> {
    u16::try_from(tenths).ok().and_then(Share::from_tenths)
}

/// What the diversity figures mean, in words for the About page.
pub const DIVERSITY_EXPLANATION: Bilingual = Bilingual::new(
    "Profile diversity. The paper names the members' varied professional profiles as one of the \
internal factors that helped the Communities of Practice work. Práctica shows this variety with \
the Gini–Simpson index: the chance that two members picked at random (the first one put back \
before picking the second) belong to different professions. It is 0 % when all members share one \
profession and grows as members spread more evenly over more professions; with k professions it \
can reach at most (1 − 1/k) × 100 %, that is 66.7 % with three. It is worked out from the counts \
as 1 − the sum of the squared fractions of members in each profession, and shown with one \
decimal. Next to it Práctica shows the share of the largest profession: a high share means one \
group dominates. In the paper's six CoPs taken together the index was 66.3 % at baseline (2013) \
and 61.6 % at the end (2015), while the largest group went from 36.5 % (nurses) to 42.9 % \
(physicians), as most members of other professions left. The index only describes who the \
members are; it is not one of the five criteria and does not change the score.",
    "Diversidad de perfiles. El artículo señala los perfiles profesionales variados de los \
integrantes como uno de los factores internos que facilitaron el trabajo de las Comunidades de \
Práctica. Práctica muestra esta variedad con el índice de Gini–Simpson: la probabilidad de que \
dos integrantes elegidos al azar (devolviendo el primero antes de elegir el segundo) sean de \
profesiones distintas. Vale 0 % cuando todos los integrantes tienen la misma profesión y aumenta \
a medida que se reparten de forma más pareja entre más profesiones; con k profesiones llega como \
máximo a (1 − 1/k) × 100 %, es decir, 66.7 % con tres. Se calcula a partir de los conteos como 1 \
menos la suma de los cuadrados de la fracción de integrantes de cada profesión, y se muestra con \
un decimal. A su lado Práctica muestra el porcentaje de la profesión más numerosa: un porcentaje \
alto indica que un grupo predomina. En las seis CdP del artículo en conjunto el índice fue de \
66.3 % en la línea de base (2013) y de 61.6 % al final (2015), mientras que el grupo más numeroso \
pasó del 36.5 % (enfermeras) al 42.9 % (médicos), porque salió la mayoría de los integrantes de \
otras profesiones. El índice solo describe quiénes son los integrantes; no es uno de los cinco \
criterios y no cambia el puntaje.",
);

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(s: Option<Share>) -> String {
        s.map_or("–".into(), |s| s.to_string())
    }

    #[test]
    fn paper_overall_columns() {
        let d2013 = diversity(&[70, 73, 57]);
        assert_eq!(shown(d2013.index), "66.3");
        assert_eq!(shown(d2013.max_possible), "66.7");
        assert_eq!(d2013.largest, vec![1]);
        assert_eq!(shown(d2013.largest_share), "36.5");
        let d2015 = diversity(&[60, 59, 21]);
        assert_eq!(shown(d2015.index), "61.6");
        assert_eq!(d2015.largest, vec![0]);
        assert_eq!(shown(d2015.largest_share), "42.9");
        assert_eq!(d2015.professions_present, 3);
    }

    #[test]
    fn extremes() {
        let one = diversity(&[0, 12, 0]);
        assert_eq!(shown(one.index), "0.0");
        assert_eq!(shown(one.largest_share), "100.0");
        assert_eq!(one.professions_present, 1);
        let even = diversity(&[5, 5, 5, 5]);
        assert_eq!(even.index, even.max_possible);
        assert_eq!(shown(even.index), "75.0");
        assert_eq!(even.largest, vec![0, 1, 2, 3]);
        let none = diversity(&[0, 0, 0]);
        assert_eq!(
            (none.index, none.largest_share, none.largest.is_empty()),
            (None, None, true)
        );
        let empty = diversity(&[]);
        assert_eq!((empty.index, empty.max_possible), (None, None));
        let huge = diversity(&[u32::MAX, u32::MAX]);
        assert_eq!(shown(huge.index), "50.0");
    }

    #[test]
    fn explanation_quotes_the_computed_values() {
        for text in [DIVERSITY_EXPLANATION.en, DIVERSITY_EXPLANATION.es] {
            for v in ["66.3", "61.6", "66.7", "36.5", "42.9"] {
                assert!(text.contains(v), "{v}");
            }
        }
    }
}
