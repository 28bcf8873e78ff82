//! Generates the `i18n` module (typed translation keys) from `locales/*.json` with leptos_i18n.
//! A key missing in one language is reported by `emit_diagnostics` and caught by the
//! translation-completeness test (`tests/translations.py`).

use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};
use std::error::Error;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=Cargo.toml");
    let out = std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?;
    let i18n_mod_directory = PathBuf::from(out).join("i18n");
    // Interpolated strings are also needed as plain text (attributes, notices, exports).
    let options = ParseOptions::default().interpolate_display(true);
    let cfg = Config::new("en")?.add_locale("es")?.parse_options(options);
    let infos = TranslationsInfos::parse(cfg)?;
    infos.emit_diagnostics();
    infos.rerun_if_locales_changed();
    infos.generate_i18n_module(i18n_mod_directory)?;
    Ok(())
}
