//! Offering a file to the user (export, CSV, Markdown, HTML, set-aside data).

use wasm_bindgen::{JsCast, JsValue};

/// Makes the browser download `content` as `filename`. Returns false if the browser refused.
pub fn download_text(filename: &str, mime: &str, content: &str) -> bool {
    try_download(filename, mime, content).is_ok()
}

fn try_download(filename: &str, mime: &str, content: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window().and_then(|w| w.document()).ok_or(JsValue::NULL)?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(filename);
    a.set_hidden(true);
    if let Some(body) = document.body() {
        body.append_child(&a)?;
        a.click();
        body.remove_child(&a)?;
    }
    // Revoking at once can cancel the download in some browsers; the URL dies with the page.
    Ok(())
}
