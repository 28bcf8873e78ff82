//! A filled-in example summary, so a new user sees what "good" looks like before writing.
//!
//! Based on the Hidalgo CoP of the paper (protocol in Table 3, findings and recommendations in
//! Table 4), written in our own words. Only the paper's published figures are used; nothing is
//! invented about the study (no sample sizes, no dates beyond the programme's). The summary
//! marks itself as an illustrative example in its authors line and its appendices.
//! It must raise no warnings (tested in `core/tests/summary_example.rs`).

use super::model::{Finding, Message, Recommendation, Section, Summary};
use super::section::SectionKind;
use crate::text::Lang;

/// The CoP name to export the example under.
pub const EXAMPLE_COP_NAME: &str = "Hidalgo";

struct Texts {
    title: &'static str,
    authors: &'static str,
    date: &'static str,
    audience: &'static str,
    messages: [&'static str; 5],
    /// In `SectionKind::EXECUTIVE` order.
    executive: [&'static str; 4],
    findings: [&'static str; 3],
    recommendations: [&'static str; 4],
    /// In `SectionKind::REPORT` order.
    report: [&'static str; 8],
}

/// Finding → recommendations, by index: the obstetric-emergency finding has two
/// recommendations, to show that a finding may link to several.
const LINKS: [&[usize]; 3] = [&[0], &[1, 2], &[3]];

/// The example in the requested language.
pub fn example_summary(lang: Lang) -> Summary {
    let t = match lang {
        Lang::En => &EN,
        Lang::Es => &ES,
    };
    let rec_id = |i: usize| format!("r{}", i + 1);
    let sections = |kinds: &[SectionKind], bodies: &[&str]| {
        kinds
            .iter()
            .zip(bodies)
            .map(|(k, b)| Section { body: (*b).to_string(), ..Section::new(k.template_id(), *k) })
            .collect::<Vec<_>>()
    };
    Summary {
        protocol_title: t.title.into(),
        authors: t.authors.into(),
        date: t.date.into(),
        audience: t.audience.into(),
        main_messages: t
            .messages
            .iter()
            .enumerate()
            .map(|(i, m)| Message { id: format!("m{}", i + 1), text: (*m).into() })
            .collect(),
        executive: sections(&SectionKind::EXECUTIVE, &t.executive),
        report: sections(&SectionKind::REPORT, &t.report),
        findings: t
            .findings
            .iter()
            .zip(LINKS)
            .enumerate()
            .map(|(i, (f, links))| Finding {
                id: format!("f{}", i + 1),
                text: (*f).into(),
                recommendation_ids: links.iter().map(|j| rec_id(*j)).collect(),
            })
            .collect(),
        recommendations: t
            .recommendations
            .iter()
            .enumerate()
            .map(|(i, r)| Recommendation { id: rec_id(i), text: (*r).into() })
            .collect(),
    }
}

const EN: Texts = Texts {
    title: "Compliance with NOM-007-SSA2-2010 on prenatal control in the Health Jurisdiction of Tula, Hidalgo, 2014",
    authors: "Community of Practice of Hidalgo. Illustrative example written by Práctica from the findings published in Alcalde-Rabanal et al., Implementation Science 2018;13:41; not the CoP's own document.",
    date: "2015-05",
    audience: "Health Jurisdiction of Tula and the maternal-health programme of the Hidalgo Ministry of Health",
    messages: [
        "Make complete prenatal records a shared standard: brief every prenatal-care team on why each item the norm asks for protects the woman and the staff.",
        "Supervise prenatal records in every unit on a regular schedule, and return each review to the team with concrete help to fill the gaps.",
        "Train all staff who provide prenatal care in the essential actions for obstetric emergencies, and put simple flowcharts of those actions where they work.",
        "Give the jurisdiction's quality team the task of following up these actions and reporting progress to the health authorities.",
        "Promote, with expert support, the update of NOM-007 that over half of the staff ask for, and carry their proposals to the state and national levels.",
    ],
    executive: [
        "Prenatal control is where most pregnancy risks can be detected in time, and NOM-007-SSA2-2010 sets out what it must include and what must be written in each woman's record. Our Community of Practice, which brings together managers and frontline physicians and nurses of the Health Jurisdiction of Tula, asked how far prenatal care in the jurisdiction's units complied with the norm in 2014, and where the gaps were.",
        "We reviewed prenatal medical records from the jurisdiction's health units against the information the norm requires, and assessed the staff responsible for prenatal care on how to respond to obstetric emergencies and on their views of the norm.",
        "Record-keeping is the weakest point: only 35% of the records we analysed contained at least 80% of the required information. More than 60% of the staff we assessed did not know how to respond to an obstetric emergency. And 53% of staff consider that the norm itself needs updating.",
        "The quality of the prenatal care women receive cannot be verified from most of their records, and not all staff are prepared for an emergency. Both gaps can be addressed within the jurisdiction, through sensitisation and regular supervision of records and through practical training backed by flowcharts. The staff's views on the norm are a contribution the state can carry to the national level.",
    ],
    findings: [
        "Only 35% of the prenatal medical records analysed contain at least 80% of the information the norm requires.",
        "More than 60% of the staff responsible for prenatal care who were assessed do not know how to respond to obstetric emergencies.",
        "53% of staff consider that NOM-007 needs updating.",
    ],
    recommendations: [
        "Sensitise prenatal-care staff on the importance of filling in records correctly; supervise prenatal records regularly and support staff to improve them.",
        "Train all staff in the essential actions for obstetric emergencies.",
        "Draw up flowcharts of those actions to reinforce the training.",
        "Hold workshops and meetings with experts to build the case for updating the norm at the national level.",
    ],
    report: [
        "Hidalgo's maternal-health programme relies on prenatal control in primary-care units to detect risks early. Between 2013 and 2015 a Community of Practice of strategic and frontline staff of the Health Jurisdiction of Tula learned to acquire, analyse, adapt and apply implementation research, and chose compliance with NOM-007-SSA2-2010 as its priority through concept mapping.",
        "The norm defines the content of prenatal care and what must be recorded, but how far the units complied with it day to day was not known.\n\nResearch question: to what extent did prenatal care in the health units of the Health Jurisdiction of Tula comply with NOM-007-SSA2-2010 in 2014, and where were the gaps?",
        "- Review of prenatal medical records against the information the norm requires; a record met the standard when at least 80% of that information was present.\n- Assessment of the staff responsible for prenatal care: response to obstetric emergencies and views on the norm.\n- Analysis and interpretation by the CoP members, with the support of the research team.",
        "Records: only 35% of the records analysed met the 80% standard.\n\nStaff: more than 60% of those assessed did not know how to respond to obstetric emergencies, and 53% considered that the norm needs updating.",
        "Compliance with the norm in prenatal control is incomplete, above all in record-keeping and in preparedness for emergencies. These are problems of practice that the jurisdiction can act on with sensitisation, supervision and training; updating the norm needs action at the state and national levels.",
        "Once supervision and training are in place, repeating the record review would show whether compliance improves. It would also help to learn why records are left incomplete (time, formats, workload).",
        "- Alcalde-Rabanal JE, Becerril-Montekio VM, Langlois EV. Evaluation of Communities of Practice performance developing implementation research to enhance maternal health decision-making in Mexico and Nicaragua. Implementation Science 2018;13:41. doi:10.1186/s13012-018-0735-8\n- Secretaría de Salud (Mexico). NOM-007-SSA2-2010, the official Mexican standard for care during pregnancy, childbirth and the puerperium, and of the newborn.",
        "About this example: Práctica wrote it from the findings and recommendations the paper publishes for the Hidalgo CoP (Tables 3 and 4). It is not the CoP's own document, and the CoP's data-collection instruments are not reproduced.",
    ],
};

const ES: Texts = Texts {
    title: "Cumplimiento de la NOM-007-SSA2-2010 en el control prenatal en la Jurisdicción Sanitaria de Tula, Hidalgo, 2014",
    authors: "Comunidad de Práctica de Hidalgo. Ejemplo ilustrativo redactado por Práctica a partir de los hallazgos publicados en Alcalde-Rabanal et al., Implementation Science 2018;13:41; no es el documento de la propia CdP.",
    date: "2015-05",
    audience: "Jurisdicción Sanitaria de Tula y Programa de Salud Materna de la Secretaría de Salud de Hidalgo",
    messages: [
        "Sensibilizar a todos los equipos de control prenatal sobre por qué llenar completo el expediente clínico protege a la embarazada y al personal.",
        "Supervisar con regularidad los expedientes de control prenatal en cada unidad y devolver cada revisión al equipo con apoyo concreto para completar lo que falta.",
        "Capacitar a todo el personal que da control prenatal en las acciones esenciales ante emergencias obstétricas, y colocar flujogramas sencillos de esas acciones en los consultorios.",
        "Asignar al equipo de calidad de la jurisdicción el seguimiento de estas acciones y el informe periódico de avances a las autoridades de salud.",
        "Impulsar, con apoyo de expertos, la actualización de la NOM-007 que pide más de la mitad del personal, y llevar sus propuestas a los niveles estatal y nacional.",
    ],
    executive: [
        "El control prenatal es el momento en que se pueden detectar a tiempo la mayoría de los riesgos del embarazo, y la NOM-007-SSA2-2010 establece lo que debe incluir y lo que debe registrarse en el expediente de cada mujer. Nuestra Comunidad de Práctica, que reúne a directivos y a médicos y enfermeras operativos de la Jurisdicción Sanitaria de Tula, se preguntó en qué medida el control prenatal en las unidades de la jurisdicción cumplía con la norma en 2014 y dónde estaban las brechas.",
        "Revisamos expedientes clínicos de control prenatal de las unidades de salud de la jurisdicción frente a la información que exige la norma, y evaluamos al personal responsable del control prenatal sobre cómo actuar ante emergencias obstétricas y sobre su opinión de la norma.",
        "El registro es el punto más débil: solo el 35% de los expedientes analizados contenía al menos el 80% de la información requerida. Más del 60% del personal evaluado no sabía cómo actuar ante una emergencia obstétrica. Y el 53% del personal considera que la propia norma requiere actualización.",
        "La calidad del control prenatal que reciben las mujeres no puede verificarse en la mayoría de sus expedientes, y no todo el personal está preparado para una emergencia. Ambas brechas pueden atenderse dentro de la jurisdicción, con sensibilización y supervisión periódica de los expedientes y con capacitación práctica apoyada en flujogramas. La opinión del personal sobre la norma es una aportación que el estado puede llevar al nivel nacional.",
    ],
    findings: [
        "Solo el 35% de los expedientes clínicos de control prenatal analizados registra al menos el 80% de la información que exige la norma.",
        "Más del 60% del personal de control prenatal evaluado no sabe cómo actuar ante emergencias obstétricas.",
        "El 53% del personal considera que la NOM-007 requiere actualización.",
    ],
    recommendations: [
        "Sensibilizar al personal de control prenatal sobre la importancia del llenado correcto del expediente clínico; supervisar periódicamente los expedientes y apoyar al personal para mejorarlos.",
        "Capacitar a todo el personal en las acciones esenciales ante emergencias obstétricas.",
        "Elaborar flujogramas de esas acciones para reforzar la capacitación.",
        "Organizar talleres y reuniones con expertos para sustentar la actualización de la norma a nivel nacional.",
    ],
    report: [
        "El Programa de Salud Materna de Hidalgo se apoya en el control prenatal de las unidades de primer nivel para detectar riesgos a tiempo. Entre 2013 y 2015, una Comunidad de Práctica de personal estratégico y operativo de la Jurisdicción Sanitaria de Tula aprendió a adquirir, analizar, adaptar y aplicar investigación de implementación, y eligió como prioridad, mediante mapeo conceptual, el cumplimiento de la NOM-007-SSA2-2010.",
        "La norma define el contenido del control prenatal y lo que debe registrarse, pero no se sabía en qué medida las unidades la cumplían en el día a día.\n\nPregunta de investigación: ¿en qué medida el control prenatal en las unidades de salud de la Jurisdicción Sanitaria de Tula cumplió con la NOM-007-SSA2-2010 en 2014, y dónde estaban las brechas?",
        "- Revisión de expedientes clínicos de control prenatal frente a la información que exige la norma; un expediente cumplía cuando registraba al menos el 80% de esa información.\n- Evaluación del personal responsable del control prenatal: actuación ante emergencias obstétricas y opinión sobre la norma.\n- Análisis e interpretación por las y los integrantes de la CdP, con el apoyo del equipo de investigación.",
        "Expedientes: solo el 35% de los expedientes analizados cumplió con el estándar del 80%.\n\nPersonal: más del 60% del personal evaluado no sabía cómo actuar ante emergencias obstétricas, y el 53% consideró que la norma requiere actualización.",
        "El cumplimiento de la norma en el control prenatal es incompleto, sobre todo en el registro y en la preparación ante emergencias. Son problemas de la práctica que la jurisdicción puede atender con sensibilización, supervisión y capacitación; la actualización de la norma requiere acciones a nivel estatal y nacional.",
        "Una vez en marcha la supervisión y la capacitación, repetir la revisión de expedientes mostraría si el cumplimiento mejora. También convendría conocer por qué los expedientes quedan incompletos (tiempo, formatos, carga de trabajo).",
        "- Alcalde-Rabanal JE, Becerril-Montekio VM, Langlois EV. Evaluation of Communities of Practice performance developing implementation research to enhance maternal health decision-making in Mexico and Nicaragua. Implementation Science 2018;13:41. doi:10.1186/s13012-018-0735-8\n- Secretaría de Salud (México). NOM-007-SSA2-2010, norma oficial mexicana para la atención de la mujer durante el embarazo, parto y puerperio, y de la persona recién nacida.",
        "Sobre este ejemplo: Práctica lo redactó a partir de los hallazgos y recomendaciones que el artículo publica para la CdP de Hidalgo (tablas 3 y 4). No es el documento de la propia CdP y no se reproducen sus instrumentos de recolección de datos.",
    ],
};
