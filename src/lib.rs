//! Práctica, the app: Leptos pages and components (`ui`, `pages`), the app state that drives
//! storage (`state`), and storage itself (`storage`). The method lives in `practica-core`.

// leptos_i18n generates the `i18n` module (typed keys for locales/*.json) at build time.
include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));

pub mod clock;
pub mod download;
pub mod pages;
pub mod route;
pub mod state;
pub mod storage;
pub mod ui;

/// Mounts the app on `<body>`.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(ui::app::App);
}
