//! Editing operations the UI calls. Pure: they change the summary in place and report what
//! went wrong instead of panicking; ids come from the caller because the core has no randomness.

use super::model::{Finding, Message, Recommendation, Section, Summary};

/// Direction for reordering a list item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    Up,
    Down,
}

/// Which section list an operation works on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Executive,
    Report,
}

/// Why an edit was refused. These point at UI bugs (stale ids), not user mistakes, so they carry
/// the id for logging rather than a translated message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    DuplicateId(String),
    UnknownId(String),
}

/// Anything kept in an ordered list with a caller-chosen id.
pub trait Identified {
    fn id(&self) -> &str;
}

macro_rules! identified {
    ($($t:ty),*) => {$(impl Identified for $t { fn id(&self) -> &str { &self.id } })*};
}
identified!(Message, Finding, Recommendation, Section);

/// Appends an item, refusing an id already in the list (ids must be unique to be addressable).
pub fn push_item<T: Identified>(list: &mut Vec<T>, item: T) -> Result<(), EditError> {
    if list.iter().any(|x| x.id() == item.id()) {
        return Err(EditError::DuplicateId(item.id().to_string()));
    }
    list.push(item);
    Ok(())
}

/// Removes an item and returns it with its index, so an "Undo" can put it back in place.
pub fn remove_item<T: Identified>(list: &mut Vec<T>, id: &str) -> Result<(usize, T), EditError> {
    let at = position(list, id)?;
    Ok((at, list.remove(at)))
}

/// Puts an item back at `index` (clamped to the list's length), refusing a duplicate id.
pub fn insert_item<T: Identified>(
    list: &mut Vec<T>,
    index: usize,
    item: T,
) -> Result<(), EditError> {
    if list.iter().any(|x| x.id() == item.id()) {
        return Err(EditError::DuplicateId(item.id().to_string()));
    }
    let at = index.min(list.len());
    list.insert(at, item);
    Ok(())
}

/// Moves an item one place. Returns `Ok(false)` when it is already first (Up) or last (Down),
/// so the UI can disable the button without treating it as an error.
pub fn move_item<T: Identified>(list: &mut [T], id: &str, dir: Move) -> Result<bool, EditError> {
    let at = position(list, id)?;
    let to = match dir {
        Move::Up if at > 0 => at - 1,
        Move::Down if at + 1 < list.len() => at + 1,
        _ => return Ok(false),
    };
    list.swap(at, to);
    Ok(true)
}

fn position<T: Identified>(list: &[T], id: &str) -> Result<usize, EditError> {
    list.iter().position(|x| x.id() == id).ok_or_else(|| EditError::UnknownId(id.to_string()))
}

fn find_mut<'a, T: Identified>(list: &'a mut [T], id: &str) -> Result<&'a mut T, EditError> {
    list.iter_mut().find(|x| x.id() == id).ok_or_else(|| EditError::UnknownId(id.to_string()))
}

impl Summary {
    pub fn add_message(&mut self, id: &str, text: &str) -> Result<(), EditError> {
        push_item(&mut self.main_messages, Message { id: id.into(), text: text.into() })
    }

    pub fn set_message_text(&mut self, id: &str, text: &str) -> Result<(), EditError> {
        find_mut(&mut self.main_messages, id)?.text = text.into();
        Ok(())
    }

    pub fn remove_message(&mut self, id: &str) -> Result<(usize, Message), EditError> {
        remove_item(&mut self.main_messages, id)
    }

    pub fn move_message(&mut self, id: &str, dir: Move) -> Result<bool, EditError> {
        move_item(&mut self.main_messages, id, dir)
    }

    pub fn add_finding(&mut self, id: &str, text: &str) -> Result<(), EditError> {
        let f = Finding { id: id.into(), text: text.into(), recommendation_ids: Vec::new() };
        push_item(&mut self.findings, f)
    }

    pub fn set_finding_text(&mut self, id: &str, text: &str) -> Result<(), EditError> {
        find_mut(&mut self.findings, id)?.text = text.into();
        Ok(())
    }

    pub fn remove_finding(&mut self, id: &str) -> Result<(usize, Finding), EditError> {
        remove_item(&mut self.findings, id)
    }

    pub fn move_finding(&mut self, id: &str, dir: Move) -> Result<bool, EditError> {
        move_item(&mut self.findings, id, dir)
    }

    pub fn add_recommendation(&mut self, id: &str, text: &str) -> Result<(), EditError> {
        push_item(&mut self.recommendations, Recommendation { id: id.into(), text: text.into() })
    }

    pub fn set_recommendation_text(&mut self, id: &str, text: &str) -> Result<(), EditError> {
        find_mut(&mut self.recommendations, id)?.text = text.into();
        Ok(())
    }

    /// Removes a recommendation and every finding's link to it, so no finding points at nothing.
    /// Returns the finding ids that linked to it, for an undo to relink.
    pub fn remove_recommendation(
        &mut self,
        id: &str,
    ) -> Result<(usize, Recommendation, Vec<String>), EditError> {
        let (at, rec) = remove_item(&mut self.recommendations, id)?;
        let mut linked = Vec::new();
        for f in &mut self.findings {
            let before = f.recommendation_ids.len();
            f.recommendation_ids.retain(|r| r != id);
            if f.recommendation_ids.len() != before {
                linked.push(f.id.clone());
            }
        }
        Ok((at, rec, linked))
    }

    /// Undo for `remove_recommendation`: puts it back at `index` and relinks the findings
    /// that still exist.
    pub fn restore_recommendation(
        &mut self,
        index: usize,
        recommendation: Recommendation,
        finding_ids: &[String],
    ) -> Result<(), EditError> {
        let id = recommendation.id.clone();
        insert_item(&mut self.recommendations, index, recommendation)?;
        for f in self.findings.iter_mut().filter(|f| finding_ids.contains(&f.id)) {
            if !f.recommendation_ids.contains(&id) {
                f.recommendation_ids.push(id.clone());
            }
        }
        Ok(())
    }

    pub fn move_recommendation(&mut self, id: &str, dir: Move) -> Result<bool, EditError> {
        move_item(&mut self.recommendations, id, dir)
    }

    /// Links a finding to a recommendation. `Ok(false)` if they were already linked.
    pub fn link(&mut self, finding_id: &str, recommendation_id: &str) -> Result<bool, EditError> {
        if self.recommendation(recommendation_id).is_none() {
            return Err(EditError::UnknownId(recommendation_id.to_string()));
        }
        let f = find_mut(&mut self.findings, finding_id)?;
        if f.recommendation_ids.iter().any(|r| r == recommendation_id) {
            return Ok(false);
        }
        f.recommendation_ids.push(recommendation_id.to_string());
        Ok(true)
    }

    /// Removes a link. `Ok(false)` if there was none. Works even if the recommendation no longer
    /// exists, so a dangling link from an imported file can be cleaned up.
    pub fn unlink(&mut self, finding_id: &str, recommendation_id: &str) -> Result<bool, EditError> {
        let f = find_mut(&mut self.findings, finding_id)?;
        let before = f.recommendation_ids.len();
        f.recommendation_ids.retain(|r| r != recommendation_id);
        Ok(f.recommendation_ids.len() != before)
    }

    pub fn sections(&self, part: Part) -> &[Section] {
        match part {
            Part::Executive => &self.executive,
            Part::Report => &self.report,
        }
    }

    fn sections_mut(&mut self, part: Part) -> &mut Vec<Section> {
        match part {
            Part::Executive => &mut self.executive,
            Part::Report => &mut self.report,
        }
    }

    pub fn add_section(&mut self, part: Part, section: Section) -> Result<(), EditError> {
        push_item(self.sections_mut(part), section)
    }

    /// Replaces a section's heading and body (the kind stays).
    pub fn set_section(
        &mut self,
        part: Part,
        id: &str,
        heading: &str,
        body: &str,
    ) -> Result<(), EditError> {
        let s = find_mut(self.sections_mut(part), id)?;
        s.heading = heading.into();
        s.body = body.into();
        Ok(())
    }

    pub fn remove_section(&mut self, part: Part, id: &str) -> Result<(usize, Section), EditError> {
        remove_item(self.sections_mut(part), id)
    }

    pub fn move_section(&mut self, part: Part, id: &str, dir: Move) -> Result<bool, EditError> {
        move_item(self.sections_mut(part), id, dir)
    }
}
