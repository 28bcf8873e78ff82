//! A band shown as text, a symbol and a colour (never colour alone).

use leptos::prelude::*;
use practica_core::scoring::Band;
use practica_core::text::Lang;

pub fn band_symbol(b: Band) -> &'static str {
    match b {
        Band::SubOptimal => "▼",
        Band::NeedsStrengthening => "◆",
        Band::Optimal => "▲",
    }
}

#[component]
pub fn BandBadge(band: Band, lang: Lang) -> impl IntoView {
    view! {
        <span class=format!("band {}", band.css_class()) data-band=band.css_class()>
            <span aria-hidden="true">{band_symbol(band)}" "</span>{band.label(lang)}
        </span>
    }
}
