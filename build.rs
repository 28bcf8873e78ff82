//! Generates the `i18n` module (typed translation keys) from `locales/*.json` with leptos_i18n.
//! A key missing in one language is reported by `emit_diagnostics` and caught by the
//! translation-completeness test (`tests/translations.rs`).

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
    // One namespace a file (locales/<lang>/<namespace>.json), one per part of the app, so that
    // each tool keeps its own texts. The English files list the namespaces.
    let mut namespaces: Vec<String> = std::fs::read_dir("locales/en")?
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().to_str().and_then(|n| n.strip_suffix(".json")).map(String::from))
        .collect();
    namespaces.sort();
    println!("cargo::rerun-if-changed=locales");
    let cfg = Config::new("en")?.add_locale("es")?.add_namespaces(namespaces)?.parse_options(options);
    let infos = TranslationsInfos::parse(cfg)?;
    infos.emit_diagnostics();
    infos.rerun_if_locales_changed();
    infos.generate_i18n_module(i18n_mod_directory)?;
    Ok(())
}
