//! Hash routing (`#/about`): works from any sub-path of a static host and on reload, with no
//! server rewrite rules (leptos_router routes on the path only).

use leptos::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The empty hash (or `#/`): the dashboard when the workspace has CoPs, else Communities.
    Home,
    Dashboard,
    Communities,
    /// Results of one CoP.
    Community(String),
    /// The products tracker and the barriers/facilitators log of one CoP.
    Tracker(String),
    Score(Option<String>),
    Composition,
    Summary(Option<String>),
    Data,
    About,
    NotFound,
}

impl Route {
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let mut parts = path.split('/').filter(|p| !p.is_empty());
        let first = parts.next().unwrap_or("");
        let second = parts.next().map(decode);
        let third = parts.next();
        if first == "cop" && third == Some("products") {
            if let Some(id) = second.clone() {
                return Route::Tracker(id);
            }
        }
        match (first, second) {
            ("", None) => Route::Home,
            ("dashboard", None) => Route::Dashboard,
            ("communities", None) => Route::Communities,
            ("cop", Some(id)) => Route::Community(id),
            ("score", id) => Route::Score(id),
            ("composition", None) => Route::Composition,
            ("summary", id) => Route::Summary(id),
            ("data", None) => Route::Data,
            ("about", None) => Route::About,
            _ => Route::NotFound,
        }
    }

    pub fn href(&self) -> String {
        match self {
            Route::Home => "#/".into(),
            Route::Dashboard => "#/dashboard".into(),
            Route::Communities | Route::NotFound => "#/communities".into(),
            Route::Community(id) => format!("#/cop/{}", encode(id)),
            Route::Tracker(id) => format!("#/cop/{}/products", encode(id)),
            Route::Score(None) => "#/score".into(),
            Route::Score(Some(id)) => format!("#/score/{}", encode(id)),
            Route::Composition => "#/composition".into(),
            Route::Summary(None) => "#/summary".into(),
            Route::Summary(Some(id)) => format!("#/summary/{}", encode(id)),
            Route::Data => "#/data".into(),
            Route::About => "#/about".into(),
        }
    }

    /// Which top-level navigation entry this page belongs to.
    pub fn section(&self) -> &'static str {
        match self {
            Route::Home => "home",
            Route::Dashboard | Route::Tracker(_) => "dashboard",
            Route::Communities | Route::Community(_) | Route::NotFound => "communities",
            Route::Score(_) => "score",
            Route::Composition => "composition",
            Route::Summary(_) => "summary",
            Route::Data => "data",
            Route::About => "about",
        }
    }
}

fn decode(s: &str) -> String {
    js_sys::decode_uri_component(s).ok().and_then(|v| v.as_string()).unwrap_or_else(|| s.to_string())
}

fn encode(s: &str) -> String {
    js_sys::encode_uri_component(s).into()
}

fn current_hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// The current route as a signal, fed by `hashchange`.
pub fn use_route() -> ReadSignal<Route> {
    if let Some(r) = use_context::<ReadSignal<Route>>() {
        return r;
    }
    let (route, set_route) = signal(Route::parse(&current_hash()));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        set_route.set(Route::parse(&current_hash()));
    });
    on_cleanup(move || handle.remove());
    provide_context(route);
    route
}

/// Navigates in code (after creating a CoP, for example).
pub fn go(route: &Route) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(&route.href());
    }
}
