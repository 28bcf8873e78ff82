//! Shared UI pieces: the shell (header, navigation, language switch, status banners) and small
//! components used by several pages.

pub mod app;
pub mod band;
pub mod banners;
pub mod header;
pub mod lang;
pub mod notice;
pub mod show_more;
