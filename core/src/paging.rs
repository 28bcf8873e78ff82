//! Long lists shown a page at a time.
//!
//! A programme has a handful of CoPs, but a merged regional workspace can hold hundreds; building
//! a thousand cards or rows at once takes seconds on a cheap phone and makes the page unusable.
//! Lists show the first `PAGE` items and a "Show more" button that adds the next page.

/// Items shown at first, and added by each "Show more".
pub const PAGE: usize = 50;

/// How much of a list of `total` items is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ListWindow {
    shown: usize,
}

impl Default for ListWindow {
    fn default() -> Self {
        ListWindow { shown: PAGE }
    }
}

impl ListWindow {
    /// How many of `total` items to show now.
    pub fn visible(&self, total: usize) -> usize {
        self.shown.min(total)
    }

    /// How many items the next "Show more" adds (0: everything is shown, hide the button).
    pub fn next_step(&self, total: usize) -> usize {
        total.saturating_sub(self.visible(total)).min(PAGE)
    }

    /// How many are still hidden.
    pub fn hidden(&self, total: usize) -> usize {
        total.saturating_sub(self.visible(total))
    }

    /// Shows the next page.
    pub fn more(&mut self) {
        self.shown = self.shown.saturating_add(PAGE);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_lists_are_shown_whole_without_a_button() {
        let w = ListWindow::default();
        assert_eq!(w.visible(6), 6);
        assert_eq!(w.next_step(6), 0);
        assert_eq!(w.hidden(6), 0);
        assert_eq!(w.visible(PAGE), PAGE);
        assert_eq!(w.next_step(PAGE), 0);
    }

    #[test]
    fn long_lists_grow_a_page_at_a_time_up_to_the_end() {
        let mut w = ListWindow::default();
        assert_eq!(w.visible(1000), 50);
        assert_eq!((w.next_step(1000), w.hidden(1000)), (50, 950));
        w.more();
        assert_eq!(w.visible(1000), 100);
        let mut w = ListWindow::default();
        w.more();
        assert_eq!((w.visible(120), w.next_step(120), w.hidden(120)), (100, 20, 20));
        w.more();
        assert_eq!((w.visible(120), w.next_step(120), w.hidden(120)), (120, 0, 0));
    }

    #[test]
    fn a_list_that_shrinks_under_the_window_is_still_counted_right() {
        let mut w = ListWindow::default();
        w.more();
        assert_eq!((w.visible(3), w.next_step(3), w.hidden(3)), (3, 0, 0));
        assert_eq!(w.visible(0), 0);
    }
}
