//! Sections of the executive summary (layer 3) or the report (layer 25): heading (optional:
//! empty means the section kind's label, in the reader's language) and free text. Sections can
//! be added, moved and removed (with undo).

use leptos::prelude::*;
use practica_core::summary::{insert_item, Part, Section, SectionKind};

use super::ctx::Ctx;
use super::dom::{dom_id, focus_first_later, focus_later};
use super::row_actions::RowActions;
use super::undo::offer_undo;
use crate::i18n::*;
use crate::ui::lang::to_lang;

fn part_key(part: Part) -> &'static str {
    match part {
        Part::Executive => "exec",
        Part::Report => "report",
    }
}

fn heading_id(part: Part, id: &str) -> String {
    dom_id(&format!("sum-{}-heading", part_key(part)), id)
}

fn body_id(part: Part, id: &str) -> String {
    dom_id(&format!("sum-{}-body", part_key(part)), id)
}

#[component]
pub fn SectionsEditor(ctx: Ctx, part: Part) -> impl IntoView {
    let i18n = ctx.i18n;
    let add_id = format!("sum-{}-add", part_key(part));
    let ids = Memo::new(move |_| {
        ctx.summary.with(|s| s.sections(part).iter().map(|x| x.id.clone()).collect::<Vec<_>>())
    });
    let add = move |_| {
        let id = crate::clock::new_id("s");
        if let Some(Ok(())) =
            ctx.edit(|s| s.add_section(part, Section::new(id.clone(), SectionKind::Custom)))
        {
            focus_later(heading_id(part, &id));
        }
    };
    let add_id_rows = add_id.clone();
    view! {
        <p class="hint" id=format!("sum-{}-format", part_key(part))>{tu_string!(i18n, summary.body_format_hint)}</p>
        <div class="summary-sections">
            <For each=move || ids.get() key=|id| id.clone() let:id>
                <SectionRow ctx=ctx part=part id=id ids=ids add_id=add_id_rows.clone() />
            </For>
        </div>
        <button type="button" class="btn" id=add_id on:click=add>
            <span class="btn-icon" aria-hidden="true">"+"</span>{tu_string!(i18n, summary.add_section)}
        </button>
    }
}

#[component]
fn SectionRow(
    ctx: Ctx,
    part: Part,
    id: String,
    ids: Memo<Vec<String>>,
    add_id: String,
) -> impl IntoView {
    let i18n = ctx.i18n;
    let key = StoredValue::new(id.clone());
    let position = Memo::new(move |_| ids.with(|v| v.iter().position(|x| *x == key.get_value())));
    let section = Memo::new(move |_| {
        ctx.summary.with(|s| s.sections(part).iter().find(|x| x.id == key.get_value()).cloned())
    });
    let lang = move || to_lang(i18n.get_locale_untracked());
    let title = Signal::derive(move || {
        section.with(|x| x.as_ref().map(|x| x.title(lang())).unwrap_or_default())
    });
    let heading =
        move || section.with(|x| x.as_ref().map(|x| x.heading.clone()).unwrap_or_default());
    let body = move || section.with(|x| x.as_ref().map(|x| x.body.clone()).unwrap_or_default());
    let kind_label =
        move || section.with(|x| x.as_ref().map(|x| x.kind.label(lang())).unwrap_or_default());
    let kind_hint =
        move || section.with(|x| x.as_ref().map(|x| x.kind.hint(lang())).unwrap_or_default());
    let set = move |new_heading: Option<String>, new_body: Option<String>| {
        let Some(current) = section.get_untracked() else { return };
        let h = new_heading.unwrap_or(current.heading);
        let b = new_body.unwrap_or(current.body);
        ctx.edit(|s| s.set_section(part, &key.get_value(), &h, &b));
    };
    let on_move = Callback::new(move |dir| {
        matches!(ctx.edit(|s| s.move_section(part, &key.get_value(), dir)), Some(Ok(true)))
    });
    let on_remove = Callback::new(move |_| {
        let list = ids.get_untracked();
        let at = list.iter().position(|x| *x == key.get_value()).unwrap_or(0);
        let name = title.get_untracked();
        let Some(Ok((index, removed))) = ctx.edit(|s| s.remove_section(part, &key.get_value()))
        else {
            return;
        };
        let neighbours = [at + 1, at.wrapping_sub(1)]
            .into_iter()
            .filter_map(|i| list.get(i).map(|x| heading_id(part, x)))
            .chain([add_id.clone()])
            .collect();
        focus_first_later(neighbours);
        let text = td_string!(ctx.locale(), summary.removed_section, name = name).to_string();
        offer_undo(ctx, text, (index, removed), move |s, (index, sec)| {
            let fid = heading_id(part, &sec.id);
            let list = match part {
                Part::Executive => &mut s.executive,
                Part::Report => &mut s.report,
            };
            if insert_item(list, index, sec).is_ok() {
                focus_later(fid);
            }
        });
    });
    let (hid, bid) = (heading_id(part, &id), body_id(part, &id));
    let hint_id = dom_id(&format!("sum-{}-hint", part_key(part)), &id);
    let format_id = format!("sum-{}-format", part_key(part));
    view! {
        <section class="summary-item summary-section" data-testid="section-row">
            <h3>{move || title.get()}</h3>
            <div class="field">
                <label for=hid.clone()>{tu_string!(i18n, summary.section_heading)}" "<span class="opt">"("{tu_string!(i18n, common.optional)}")"</span></label>
                <input type="text" id=hid maxlength="200" placeholder=kind_label
                    prop:value=heading
                    on:input=move |ev| set(Some(event_target_value(&ev)), None) />
            </div>
            <div class="field">
                <label for=bid.clone()>{tu_string!(i18n, summary.section_body)}<span class="sr-only">" ("{move || title.get()}")"</span></label>
                <p class="hint" id=hint_id.clone()>{kind_hint}</p>
                <textarea id=bid rows="5" class="summary-text"
                    aria-describedby=format!("{hint_id} {format_id}")
                    prop:value=body
                    on:input=move |ev| set(None, Some(event_target_value(&ev)))></textarea>
            </div>
            <RowActions prefix=dom_id(&format!("sum-{}-row", part_key(part)), &id) name=title
                first=Signal::derive(move || position.get() == Some(0))
                last=Signal::derive(move || position.get().map(|p| p + 1) == Some(ids.with(|v| v.len())))
                on_move=on_move on_remove=on_remove />
        </section>
    }
}
