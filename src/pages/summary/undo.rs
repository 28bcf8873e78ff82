//! "Removed. Undo": removing an item from the summary always offers to put it back.

use std::sync::{Arc, Mutex};

use practica_core::summary::Summary;

use super::ctx::Ctx;

/// Shows `text` with an Undo button that runs `restore` once with the removed `item`.
pub fn offer_undo<T: Send + 'static>(
    ctx: Ctx,
    text: String,
    item: T,
    restore: impl Fn(&mut Summary, T) + Send + Sync + 'static,
) {
    let slot = Mutex::new(Some(item));
    let undo: Arc<dyn Fn() + Send + Sync> = Arc::new(move || {
        // Taken once: a second click (or a stale notice) does nothing.
        let Some(item) = slot.lock().ok().and_then(|mut g| g.take()) else { return };
        ctx.edit(|s| restore(s, item));
    });
    ctx.state.notify(text, Some(undo));
}
