//! The assessment the wizard has open: reading it from the workspace signal and changing it
//! through `state.edit_cop`, so every change is stored as the user goes.

use std::time::Duration;

use leptos::prelude::*;
use practica_core::scoring::{Assessment, WizardStep};

use crate::state::AppState;

/// The id of every step's heading: focus moves there when the step changes.
pub const STEP_HEADING_ID: &str = "wizard-step-heading";

/// A handle on one assessment of one CoP. `Copy`, so every closure of the wizard can hold it.
#[derive(Clone, Copy)]
pub struct OpenAssessment {
    pub state: AppState,
    pub cop: StoredValue<String>,
    /// Which assessment: changes when the team starts a new one.
    pub id: RwSignal<String>,
}

impl OpenAssessment {
    pub fn new(state: AppState, cop: String, assessment: String) -> Self {
        OpenAssessment { state, cop: StoredValue::new(cop), id: RwSignal::new(assessment) }
    }

    /// Reads the assessment (reactively). `None` once it or its CoP is gone (deleted in
    /// another tab, for example).
    pub fn read<R>(&self, f: impl FnOnce(&Assessment) -> R) -> Option<R> {
        let id = self.id.get();
        let cop = self.cop.get_value();
        self.state.ws.with(|ws| {
            ws.community(&cop).and_then(|c| c.assessments.iter().find(|a| a.id == id)).map(f)
        })
    }

    pub fn read_untracked<R>(&self, f: impl FnOnce(&Assessment) -> R) -> Option<R> {
        untrack(|| self.read(f))
    }

    /// Applies an edit that cannot fail. The CoP record is saved (debounced).
    pub fn edit(&self, f: impl FnOnce(&mut Assessment, i64)) {
        let id = self.id.get_untracked();
        let now = crate::clock::now_ms();
        self.state.edit_cop(&self.cop.get_value(), |c| {
            if let Some(a) = c.assessments.iter_mut().find(|a| a.id == id) {
                f(a, now);
            }
        });
    }

    /// Applies an edit that the core may refuse. It is tried on a copy first, so a refused
    /// edit changes nothing (not even the CoP's "updated" time) and the caller shows why.
    /// `None` when the assessment no longer exists.
    pub fn try_edit<E>(
        &self,
        f: impl FnOnce(&mut Assessment, i64) -> Result<(), E>,
    ) -> Option<Result<(), E>> {
        let mut copy = self.read_untracked(Clone::clone)?;
        let now = crate::clock::now_ms();
        if let Err(e) = f(&mut copy, now) {
            return Some(Err(e));
        }
        self.edit(move |a, _| *a = copy);
        Some(Ok(()))
    }

    /// Moves the wizard to `step` (stored, so a later visit resumes there) and puts the
    /// keyboard focus on the new step's heading, so screen readers announce it.
    pub fn go(&self, step: WizardStep) {
        self.edit(|a, now| a.go_to(step, now));
        focus_step_heading();
    }
}

/// Focuses the step heading once the new step has been rendered (a zero timeout runs after
/// Leptos has updated the page).
pub fn focus_step_heading() {
    set_timeout(
        || {
            use wasm_bindgen::JsCast;
            if let Some(el) = document()
                .get_element_by_id(STEP_HEADING_ID)
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = el.focus();
            }
        },
        Duration::ZERO,
    );
}
