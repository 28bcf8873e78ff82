//! The paper's six CoPs as a ready-made workspace, so a new programme can see every tool filled
//! in before entering its own data.
//!
//! What comes from the paper (Alcalde-Rabanal, Becerril-Montekio & Langlois, Implementation
//! Science 2018;13:41) and what is ours:
//! - members per profession: Table 2, exactly (`composition::paper_table2_workspace_in`);
//! - scores: Fig. 4's totals exactly; per-criterion values are `scoring::FIG4_ILLUSTRATIVE`,
//!   and every evidence note says so;
//! - summaries: Table 3's protocol titles and Table 4's findings and recommendations, in our
//!   words (`example_texts`); Hidalgo gets the fuller `summary::example_summary`;
//! - products: only where the text says something. Hidalgo and Morelos scored 5 on timely
//!   delivery, so all three products are on time and satisfactory; Veracruz delivered its
//!   protocol four months late. The dates themselves are ours (the paper gives none) and the
//!   CoP's notes say so. The other CoPs' trackers stay empty;
//! - barriers and facilitating factors: those the Discussion attributes to specific CoPs.
//!
//! Everything is deterministic (fixed ids and times) so the example is identical on every run.

use crate::community::Community;
use crate::composition::paper_table2_workspace_in;
use crate::scoring::{Assessment, CriterionId, ExampleCop, FIG4_ILLUSTRATIVE, WIZARD_REVIEW_STEP};
use crate::summary::{example_summary, Finding, Recommendation, Summary};
use crate::text::{Bilingual, Lang};
use crate::workspace::Workspace;

use super::example_texts::{self as texts, Table4};
use super::factors::{Effect, Factor, Scope, FACTOR_SUGGESTIONS};
use super::products::{Product, Products, Quality};

/// The example workspace's name.
pub const EXAMPLE_NAME: Bilingual =
    Bilingual::new("2013–2015 Mexico–Nicaragua example", "Ejemplo México–Nicaragua 2013–2015");

/// The assessment's date: the end of the CoPs' training period (June 2013 – May 2015).
const ASSESSED: &str = "2015-05-31";
const PERIOD: &str = "2013–2015";
/// Illustrative product schedule (ours): review in the first year, protocol before the 2014
/// fieldwork, report by the end of the programme.
const REVIEW_DUE: &str = "2014-01-31";
const PROTOCOL_DUE: &str = "2014-08-31";
const REPORT_DUE: &str = "2015-05-31";
/// Veracruz's protocol: "delivered with a 4-month delay".
const VERACRUZ_PROTOCOL_DELIVERED: &str = "2014-12-31";

/// The six CoPs of the paper with everything the paper lets us fill in, labelled in `lang`.
pub fn example_workspace(lang: Lang) -> Workspace {
    let mut ws = paper_table2_workspace_in(lang);
    ws.name = EXAMPLE_NAME.get(lang).to_string();
    for c in &mut ws.communities {
        let key = c.id.strip_prefix("paper-").unwrap_or(&c.id).to_string();
        c.id = format!("example-{key}");
        if let Some(fig) = FIG4_ILLUSTRATIVE.iter().find(|e| e.name == c.name) {
            c.assessments = vec![assessment(&key, fig, c.created, lang)];
        }
        fill(c, &key, lang);
    }
    ws
}

fn assessment(key: &str, fig: &ExampleCop, created: i64, lang: Lang) -> Assessment {
    let total = fig.reported_total;
    // A total of 5 or 25 can only come from five equal values; say so rather than call them
    // our choice.
    let note = match (total == 5 || total == 25, lang) {
        (true, Lang::En) => format!(
            "Illustrative example: the paper (Fig. 4) reports only this CoP's total, {total}, \
             which is only possible with the same value on every criterion."
        ),
        (true, Lang::Es) => format!(
            "Ejemplo ilustrativo: el artículo (figura 4) informa solo el puntaje total de esta \
             CdP, {total}, que solo es posible con el mismo valor en todos los criterios."
        ),
        (false, Lang::En) => format!(
            "Illustrative value: the paper (Fig. 4) reports only this CoP's total, {total}; \
             Práctica chose the five values to add up to it and to agree with the paper's text."
        ),
        (false, Lang::Es) => format!(
            "Valor ilustrativo: el artículo (figura 4) informa solo el puntaje total de esta \
             CdP, {total}; Práctica eligió los cinco valores para que sumen ese total y \
             concuerden con el texto del artículo."
        ),
    };
    Assessment {
        id: format!("example-{key}-2015"),
        date: ASSESSED.into(),
        period: PERIOD.into(),
        consensus: fig.consensus(),
        notes: CriterionId::ALL.iter().map(|c| (*c, note.clone())).collect(),
        wizard_step: WIZARD_REVIEW_STEP,
        created,
        updated: created,
        ..Assessment::default()
    }
}

fn on_time(due: &str) -> Product {
    Product { due: due.into(), delivered: due.into(), quality: Quality::Satisfactory }
}

fn authors(name: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "Community of Practice of {name}. Illustrative example written by Práctica from the \
             findings published in Alcalde-Rabanal et al., Implementation Science 2018;13:41 \
             (Tables 3 and 4); not the CoP's own document."
        ),
        Lang::Es => format!(
            "Comunidad de Práctica de {name}. Ejemplo ilustrativo redactado por Práctica a partir \
             de los hallazgos publicados en Alcalde-Rabanal et al., Implementation Science \
             2018;13:41 (cuadros 3 y 4); no es el documento de la propia CdP."
        ),
    }
}

fn table4_summary(name: &str, title: Bilingual, table: &Table4, lang: Lang) -> Summary {
    let rec_id = |i: usize| format!("r{}", i + 1);
    Summary {
        protocol_title: title.get(lang).into(),
        authors: authors(name, lang),
        findings: table
            .findings
            .iter()
            .enumerate()
            .map(|(i, (text, links))| Finding {
                id: format!("f{}", i + 1),
                text: text.get(lang).into(),
                recommendation_ids: links.iter().map(|j| rec_id(*j)).collect(),
            })
            .collect(),
        recommendations: table
            .recommendations
            .iter()
            .enumerate()
            .map(|(i, r)| Recommendation { id: rec_id(i), text: r.get(lang).into() })
            .collect(),
        ..Summary::default()
    }
}

const SOURCE: Bilingual = Bilingual::new(
    "Example from Alcalde-Rabanal, Becerril-Montekio & Langlois, Implementation Science 2018;13:41. Members per profession are the paper's Table 2. The paper reports only each CoP's total score (Fig. 4), so the per-criterion values are illustrative.",
    "Ejemplo tomado de Alcalde-Rabanal, Becerril-Montekio y Langlois, Implementation Science 2018;13:41. Las y los integrantes por profesión son los del cuadro 2 del artículo. El artículo informa solo el puntaje total de cada CdP (figura 4), por lo que los valores por criterio son ilustrativos.",
);
const PRODUCTS_ALL_ON_TIME: Bilingual = Bilingual::new(
    "Product dates are illustrative: the paper says the three main products were delivered on time with satisfactory quality (a 5 on criterion 3), not on which dates.",
    "Las fechas de los productos son ilustrativas: el artículo dice que los tres productos principales se entregaron a tiempo y con calidad satisfactoria (5 en el criterio 3), pero no en qué fechas.",
);
const PRODUCTS_VERACRUZ: Bilingual = Bilingual::new(
    "Product dates are illustrative: the paper says only that the protocol was delivered four months late. The review and the report are left empty.",
    "Las fechas de los productos son ilustrativas: el artículo solo dice que el protocolo se entregó con cuatro meses de retraso. La revisión y el informe se dejan vacíos.",
);
const PRODUCTS_EMPTY: Bilingual = Bilingual::new(
    "The products tracker is left empty: the paper does not say when this CoP's products were delivered.",
    "El seguimiento de productos se deja vacío: el artículo no dice cuándo se entregaron los productos de esta CdP.",
);
const SUMMARY_MATAGALPA: Bilingual = Bilingual::new(
    "This CoP worked as two groups, each with its own protocol: the summary holds both titles and both groups' findings, marked Group 1 and Group 2.",
    "Esta CdP trabajó en dos grupos, cada uno con su protocolo: el resumen reúne ambos títulos y los hallazgos de ambos grupos, marcados Grupo 1 y Grupo 2.",
);
const SUMMARY_VERACRUZ: Bilingual = Bilingual::new(
    "The paper lists no findings for this CoP, so its summary holds only the protocol title.",
    "El artículo no presenta hallazgos de esta CdP, por lo que su resumen solo tiene el título del protocolo.",
);
const SUMMARY_JINOTEGA: Bilingual = Bilingual::new(
    "The paper lists no protocol, findings or recommendations for this CoP, so its summary is empty.",
    "El artículo no presenta protocolo, hallazgos ni recomendaciones de esta CdP, por lo que su resumen está vacío.",
);

const TURNOVER_VERACRUZ: Bilingual = Bilingual::new(
    "Constant political turmoil and turnover of health officials in the state interrupted support for the CoP.",
    "La inestabilidad política constante y la rotación de funcionarios de salud en el estado interrumpieron el apoyo a la CdP.",
);
const EPIDEMICS_VERACRUZ: Bilingual = Bilingual::new(
    "The dengue and chikungunya epidemics, though less than in Nicaragua, diverted members from the CoP's objectives.",
    "Las epidemias de dengue y chikungunya, aunque menos que en Nicaragua, desviaron a las y los integrantes de los objetivos de la CdP.",
);
const EPIDEMICS_NICARAGUA: Bilingual = Bilingual::new(
    "The dengue and chikungunya epidemics diverted members from the CoP's objectives (the CoP then proved a useful organisation in the response to them).",
    "Las epidemias de dengue y chikungunya desviaron a las y los integrantes de los objetivos de la CdP (después, la CdP resultó una organización útil para responder a ellas).",
);

/// The factors the paper attributes to a CoP, as (scope, effect, text).
fn factor_texts(key: &str) -> Vec<(Scope, Effect, Bilingual)> {
    let suggestion = |i: usize| FACTOR_SUGGESTIONS.get(i).map(|s| (s.scope, s.effect, s.text));
    match key {
        // The champion–facilitator–research team triad and the integration of the CoP.
        "hidalgo" | "morelos" => [suggestion(0), suggestion(1)].into_iter().flatten().collect(),
        "chontales" => {
            [suggestion(1), Some((Scope::External, Effect::Hindering, EPIDEMICS_NICARAGUA))]
                .into_iter()
                .flatten()
                .collect()
        }
        "jinotega" | "matagalpa" => vec![(Scope::External, Effect::Hindering, EPIDEMICS_NICARAGUA)],
        "veracruz" => vec![
            (Scope::External, Effect::Hindering, TURNOVER_VERACRUZ),
            (Scope::External, Effect::Hindering, EPIDEMICS_VERACRUZ),
        ],
        _ => Vec::new(),
    }
}

/// Summary, products, factors and notes of one CoP.
fn fill(c: &mut Community, key: &str, lang: Lang) {
    let (summary, products, notes) = match key {
        "hidalgo" => (example_summary(lang), all_on_time(), PRODUCTS_ALL_ON_TIME),
        "morelos" => (
            table4_summary(&c.name, texts::TITLE_MORELOS, &texts::MORELOS, lang),
            all_on_time(),
            PRODUCTS_ALL_ON_TIME,
        ),
        "chontales" => (
            table4_summary(&c.name, texts::TITLE_CHONTALES, &texts::CHONTALES, lang),
            Products::default(),
            PRODUCTS_EMPTY,
        ),
        "matagalpa" => (
            table4_summary(&c.name, texts::TITLE_MATAGALPA, &texts::MATAGALPA, lang),
            Products::default(),
            PRODUCTS_EMPTY,
        ),
        "veracruz" => (
            Summary {
                protocol_title: texts::TITLE_VERACRUZ.get(lang).into(),
                ..Summary::default()
            },
            Products {
                protocol: Product {
                    due: PROTOCOL_DUE.into(),
                    delivered: VERACRUZ_PROTOCOL_DELIVERED.into(),
                    quality: Quality::Satisfactory,
                },
                ..Products::default()
            },
            PRODUCTS_VERACRUZ,
        ),
        _ => (Summary::default(), Products::default(), PRODUCTS_EMPTY),
    };
    let about_summary = match key {
        "matagalpa" => Some(SUMMARY_MATAGALPA),
        "veracruz" => Some(SUMMARY_VERACRUZ),
        "jinotega" => Some(SUMMARY_JINOTEGA),
        _ => None,
    };
    c.summary = summary;
    c.products = products;
    c.notes = [Some(SOURCE), Some(notes), about_summary]
        .into_iter()
        .flatten()
        .map(|b| b.get(lang))
        .collect::<Vec<_>>()
        .join("\n\n");
    c.factors = factor_texts(key)
        .into_iter()
        .enumerate()
        .map(|(i, (scope, effect, text))| Factor {
            id: format!("example-{key}-f{}", i + 1),
            scope,
            effect,
            description: text.get(lang).into(),
            date: String::new(),
        })
        .collect();
}

fn all_on_time() -> Products {
    Products {
        literature_review: on_time(REVIEW_DUE),
        protocol: on_time(PROTOCOL_DUE),
        report: on_time(REPORT_DUE),
    }
}
