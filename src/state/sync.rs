//! Following changes made in another tab of the same browser (the `storage` event), without
//! losing edits this tab has not saved yet.

use leptos::prelude::*;

use super::AppState;
use crate::storage::keys::{self, KeyKind};
use crate::storage::load::{parse_community, MetaIn};

pub(super) fn follow_other_tabs(state: AppState) {
    let handle = window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
        let Some(key) = ev.key() else { return };
        let slot = state.slot.get_value();
        let pending = state.pending.get_value();
        match keys::classify(&slot, &key) {
            KeyKind::Cop(id) => {
                // Our own unsaved edit of the same CoP wins; it will be written next.
                if pending.cops.contains(&id) {
                    return;
                }
                match ev.new_value() {
                    Some(raw) => {
                        let Ok(c) = parse_community(&raw) else { return };
                        if c.id != id {
                            return;
                        }
                        state.ws.update(|ws| match ws.community_mut(&id) {
                            Some(mine) => *mine = c,
                            None => ws.communities.push(c),
                        });
                    }
                    None => state.ws.update(|ws| ws.communities.retain(|c| c.id != id)),
                }
                state.synced.update(|n| *n += 1);
            }
            KeyKind::Meta => {
                let Some(raw) = ev.new_value() else { return };
                let Ok(meta) = practica_core::exchange::read_record::<MetaIn>(&raw) else { return };
                if meta.workspace.schema_version > practica_core::SCHEMA_VERSION {
                    return;
                }
                state.ws.update(|ws| {
                    let mut cops = std::mem::take(&mut ws.communities);
                    let mut next = meta.workspace;
                    if pending.meta {
                        // Keep this tab's settings; take only the other tab's list of CoPs.
                        next = std::mem::take(ws);
                    }
                    next.communities.clear();
                    for id in &meta.order {
                        if let Some(pos) = cops.iter().position(|c| &c.id == id) {
                            next.communities.push(cops.remove(pos));
                        } else if let Ok(Some(raw)) = crate::storage::read_raw(&keys::cop(&slot, id)) {
                            if let Ok(c) = parse_community(&raw) {
                                next.communities.push(c);
                            }
                        }
                    }
                    // CoPs this tab added or edited and has not saved yet stay.
                    for c in cops {
                        if pending.cops.contains(&c.id) {
                            next.communities.push(c);
                        }
                    }
                    *ws = next;
                });
                state.synced.update(|n| *n += 1);
            }
            KeyKind::Other => {}
        }
    });
    on_cleanup(move || handle.remove());
}
