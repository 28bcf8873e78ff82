//! Time and randomness from the browser (the core has neither).

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// 32 random bits for new ids.
pub fn random_u32() -> u32 {
    (js_sys::Math::random() * 4_294_967_296.0) as u32
}

/// A new id for anything (`prefix-<time>-<random>`).
pub fn new_id(prefix: &str) -> String {
    format!("{prefix}-{:x}-{:08x}", now_ms().max(0), random_u32())
}

/// Today as an ISO date (yyyy-mm-dd) in the user's time zone.
pub fn today_iso() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

/// A timestamp as a short local date and time, for "last saved" and "last export" lines.
pub fn format_ms(ms: i64, lang: &str) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    let locale = if lang == "es" { "es-MX" } else { "en-GB" };
    d.to_locale_string(locale, &wasm_bindgen::JsValue::UNDEFINED).into()
}
