//! One file a page. Pages read the app state, call core operations and render results.

pub mod about;
pub mod communities;
pub mod community;
pub mod community_form;
pub mod composition;
pub mod dashboard;
pub mod data;
pub mod not_found;
pub mod score;
pub mod summary;
pub mod tracker;
