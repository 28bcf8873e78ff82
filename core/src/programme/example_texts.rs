//! The paper's Table 3 (protocol titles) and Table 4 (findings and recommendations), in our own
//! words, in English and Spanish, for the example workspace.
//!
//! Figures are the paper's; wording is ours. Table 4 came out of the PDF scrambled; the pairs
//! below follow the printed order (Chontales 4 pairs, Hidalgo 3, Matagalpa group 1 4, group 2
//! 3, Morelos 3 findings with 6 recommendations). Hidalgo's texts are not here: its summary is
//! the fuller `summary::example_summary`, written from the same rows.

use crate::text::Bilingual;

/// A finding and the positions (in the CoP's `recommendations`) of the ones that answer it.
pub(super) type Pair = (Bilingual, &'static [usize]);

pub(super) struct Table4 {
    pub findings: &'static [Pair],
    pub recommendations: &'static [Bilingual],
}

/// Short name for the long tables below.
const fn b(en: &'static str, es: &'static str) -> Bilingual {
    Bilingual::new(en, es)
}

pub(super) const TITLE_CHONTALES: Bilingual = Bilingual::new(
    "Compliance with prenatal-care quality norms in the family and community health units of El Ayote and Nueva Guinea, SILAIS Chontales",
    "Cumplimiento de las normas de calidad de la atención prenatal en las unidades de salud familiar y comunitaria de El Ayote y Nueva Guinea, SILAIS Chontales",
);

/// Matagalpa's CoP worked as two groups, each with its own protocol; both titles are kept in
/// the one CoP's summary, and its findings are prefixed with the group.
pub(super) const TITLE_MATAGALPA: Bilingual = Bilingual::new(
    "Group 1: failures in how prenatal-control staff respond to pregnancy risk factors, Trinidad Guevara Health Centre, Matagalpa. Group 2: implementation of the Plan Parto strategy to reduce maternal and perinatal deaths, San José Health Centre, Matiguás, 2014",
    "Grupo 1: fallas en la respuesta del personal de control prenatal a los factores de riesgo del embarazo, Centro de Salud Trinidad Guevara, Matagalpa. Grupo 2: implementación de la estrategia Plan Parto para reducir la mortalidad materna y perinatal, Centro de Salud San José, Matiguás, 2014",
);

pub(super) const TITLE_MORELOS: Bilingual = Bilingual::new(
    "Implementation of the workshops for pregnant women on recognising alarm signs and preventing complications, Morelos, 2014",
    "Implementación de los talleres para mujeres embarazadas sobre identificación de signos de alarma y prevención de complicaciones, Morelos, 2014",
);

pub(super) const TITLE_VERACRUZ: Bilingual = Bilingual::new(
    "Compliance with the prenatal-control clinical practice guide in the health centres of Health Jurisdiction VIII, Veracruz, 2014",
    "Cumplimiento de la guía de práctica clínica de control prenatal en los centros de salud de la Jurisdicción Sanitaria VIII, Veracruz, 2014",
);

pub(super) const CHONTALES: Table4 = Table4 {
    findings: &[
        (b("Almost half of the staff do not know that nutritional status should be assessed from the mother's weight gain.", "Casi la mitad del personal desconoce que el estado nutricional debe valorarse a partir del aumento de peso materno."), &[0]),
        (b("Most health units have the equipment they need, but 65% lack a Pinard stethoscope.", "La mayoría de las unidades de salud cuenta con el equipo necesario, pero el 65% no tiene estetoscopio de Pinard."), &[1]),
        (b("Over 90% of health units lack laboratory supplies such as RPR (syphilis), HIV and toxoplasmosis tests.", "Más del 90% de las unidades de salud carece de insumos de laboratorio como las pruebas de RPR (sífilis), VIH y toxoplasmosis."), &[2]),
        (b("The alarm signs most often explained in prenatal visits were bleeding, headache and miscarriage.", "Los signos de alarma que más se explicaron en la consulta prenatal fueron sangrado, dolor de cabeza y aborto."), &[3]),
    ],
    recommendations: &[
        b("Hold workshops to strengthen staff knowledge of assessing nutritional status from weight gain.", "Organizar talleres para fortalecer los conocimientos del personal sobre la valoración nutricional a partir del aumento de peso."),
        b("Make sure every health unit has a Pinard stethoscope, as the prenatal-care norms require.", "Garantizar que todas las unidades de salud tengan estetoscopio de Pinard, como lo exigen las normas de atención prenatal."),
        b("Check laboratory supplies regularly, taking into account where each health unit is located.", "Verificar periódicamente los insumos de laboratorio, teniendo en cuenta la ubicación geográfica de cada unidad de salud."),
        b("Review the alarm signs explained to women so that counselling also covers oedema, especially in rural communities.", "Revisar los signos de alarma que se explican a las mujeres para incluir consejería sobre el edema, sobre todo en comunidades rurales."),
    ],
};

pub(super) const MATAGALPA: Table4 = Table4 {
    findings: &[
        (b("Group 1: over 50% of staff know the norm's risk classification but cannot tell potential from real risks; only 23% recognise low risk.", "Grupo 1: más del 50% del personal conoce la clasificación de riesgo de la norma, pero no distingue los riesgos potenciales de los reales; solo el 23% reconoce el bajo riesgo."), &[0]),
        (b("Group 1: clinical records are poorly filled in, notably for proteinuria (74%), group B streptococcus (67%), multiple history items (69%), last recorded weight (71%), toxoplasmosis (75%) and fetal heart rate.", "Grupo 1: los expedientes clínicos se llenan de forma deficiente, sobre todo en proteinuria (74%), estreptococo del grupo B (67%), antecedentes múltiples (69%), último peso registrado (71%), toxoplasmosis (75%) y frecuencia cardiaca fetal."), &[1]),
        (b("Group 1: coordination between primary care and the other levels is poor; 53% of patients were not referred correctly.", "Grupo 1: la coordinación entre el primer nivel y los demás niveles es deficiente; el 53% de las pacientes no fue referida correctamente."), &[2]),
        (b("Group 1: there is no risk-management plan, and no specific actions to apply the risk-identification strategy beyond the census of pregnant women.", "Grupo 1: no hay un plan de manejo del riesgo ni acciones específicas para aplicar la estrategia de identificación del riesgo, más allá del censo de embarazadas."), &[3]),
        (b("Group 2: 37% of pregnant women do not understand what the Plan Parto is or its advantages, and 28% do not see why it matters.", "Grupo 2: el 37% de las embarazadas no comprende qué es el Plan Parto ni sus ventajas, y el 28% no reconoce su importancia."), &[4]),
        (b("Group 2: 78% of community leaders understand the Plan Parto, but about 45% do not recognise its advantages and importance.", "Grupo 2: el 78% de los líderes comunitarios comprende el Plan Parto, pero cerca del 45% no reconoce sus ventajas ni su importancia."), &[5]),
        (b("Group 2: almost 90% of community leaders say there are no transport brigades for pregnant women.", "Grupo 2: casi el 90% de los líderes comunitarios afirma que no hay brigadas de transporte para las embarazadas."), &[6]),
    ],
    recommendations: &[
        b("Improve staff knowledge of pregnancy risk factors, with a clear classification and how to manage each one.", "Mejorar el conocimiento del personal sobre los factores de riesgo del embarazo, con una clasificación clara y la forma de manejar cada uno."),
        b("Train and assess health staff regularly so they use and fill in clinical records correctly from the first prenatal visit.", "Capacitar y evaluar periódicamente al personal de salud para que use y llene correctamente el expediente clínico desde la primera consulta prenatal."),
        b("Promote coordination between the levels of care to ensure the quality of maternal health care.", "Promover la coordinación entre los niveles de atención para asegurar la calidad de la atención materna."),
        b("Add a sheet to each pregnant woman's record for the main risk-management actions.", "Incluir en el expediente de cada embarazada una hoja para anotar las principales acciones de manejo del riesgo."),
        b("Hold information workshops on the Plan Parto in the communities, adapted to the population's level of education.", "Organizar talleres informativos sobre el Plan Parto en las comunidades, adaptados al nivel educativo de la población."),
        b("Train community leaders and midwives so they know the Plan Parto better and can help their communities.", "Capacitar a líderes comunitarios y parteras para que conozcan mejor el Plan Parto y puedan apoyar a su comunidad."),
        b("Work with the municipality and the community to set up transport brigades that take turns supporting women with pregnancy risks.", "Trabajar con la alcaldía y la comunidad para crear brigadas de transporte que se turnen para apoyar a las mujeres con riesgos en el embarazo."),
    ],
};

pub(super) const MORELOS: Table4 = Table4 {
    findings: &[
        (b("46% of the pregnant women enrolled in Oportunidades who were interviewed do not fully identify pregnancy alarm signs, and only 50% know they must seek care when those signs appear.", "El 46% de las embarazadas beneficiarias de Oportunidades entrevistadas no identifica por completo los signos de alarma del embarazo, y solo el 50% reconoce que debe buscar atención médica cuando aparecen."), &[0, 1, 2]),
        (b("There is broad agreement that the self-care workshops lack suitable rooms and teaching materials.", "Hay consenso general en que faltan espacios físicos adecuados y material didáctico para los talleres de autocuidado."), &[3, 4]),
        (b("Pregnant women not enrolled in Oportunidades (the comparison group) know less about alarm signs than those enrolled.", "Las embarazadas no beneficiarias de Oportunidades (grupo de comparación) conocen peor los signos de alarma que las beneficiarias."), &[5]),
    ],
    recommendations: &[
        b("Use every available means to improve the quality of the self-care workshops.", "Usar todos los medios disponibles para mejorar la calidad de los talleres de autocuidado."),
        b("Make sure every medical visit, nursing contact and health-promotion activity gives complete information on alarm signs and the safety plan.", "Asegurar que en toda consulta médica, atención de enfermería o actividad de promoción de la salud se dé información completa sobre los signos de alarma y el plan de seguridad."),
        b("Assess and reinforce pregnant women's knowledge of alarm signs and the safety plan periodically.", "Evaluar y reforzar periódicamente el conocimiento de las embarazadas sobre los signos de alarma y el plan de seguridad."),
        b("Create, adapt or assign suitable places for the workshops.", "Crear, adaptar o asignar espacios adecuados para los talleres."),
        b("Make sure all the teaching materials needed are available.", "Garantizar la disponibilidad de todo el material didáctico necesario."),
        b("Accept and encourage all women attending prenatal visits at the health centres to take part in the self-care workshops.", "Aceptar y promover la participación en los talleres de autocuidado de todas las mujeres que acuden a control prenatal en los centros de salud."),
    ],
};
