// Práctica bootstrap helper (plain JavaScript, allowed by the Content-Security-Policy).
// 1. Registers the service worker so the app works offline after the first visit.
// 2. Sets the page's language (stored choice, else the browser's) before anything is shown.
// 3. If the app cannot start (no WebAssembly, a file failed to download, the code crashed),
//    shows a plain message in the user's language with "Reload" and "Download my data",
//    reading the stored workspace straight from localStorage, so nothing is lost even then.
// Keep the key names in sync with src/storage/keys.rs.
(function () {
  'use strict';
  var PREFIX = 'practica/v1/';
  var TEXT = {
    en: {
      title: 'Práctica could not start',
      text: 'Your saved work is still in this browser. Reload to try again, or download your data to keep it safe. If this keeps happening, try an up-to-date browser.',
      reload: 'Reload', download: 'Download my data', none: 'No saved data was found in this browser.'
    },
    es: {
      title: 'Práctica no pudo iniciar',
      text: 'Su trabajo guardado sigue en este navegador. Recargue para intentarlo de nuevo, o descargue sus datos para conservarlos. Si vuelve a ocurrir, use un navegador actualizado.',
      reload: 'Recargar', download: 'Descargar mis datos', none: 'No se encontraron datos guardados en este navegador.'
    }
  };

  function lang() {
    try {
      var stored = window.localStorage.getItem(PREFIX + 'lang');
      if (stored === 'es' || stored === 'en') return stored;
    } catch (e) { /* storage unavailable */ }
    var nav = (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
    return nav.toLowerCase().indexOf('es') === 0 ? 'es' : 'en';
  }

  // The page's language from the first paint: index.html's "Loading…" shows only this one
  // (style/main.css), and screen readers read it in the right language.
  try { document.documentElement.setAttribute('lang', lang()); } catch (e) { /* keep "en" */ }

  // Rebuilds every stored workspace (meta record + one record per CoP) into the same
  // envelope as the app's own export, so the file can be imported later.
  function collect() {
    var ls = window.localStorage, slots = {}, raw = {}, i, key;
    for (i = 0; i < ls.length; i++) {
      key = ls.key(i);
      if (!key || key.indexOf('practica/') !== 0) continue;
      raw[key] = ls.getItem(key);
      var m = key.match(/^practica\/v1\/([^/]+)\/(meta|cop\/(.+))$/);
      if (!m) continue;
      var slot = slots[m[1]] || (slots[m[1]] = { meta: null, cops: {} });
      try {
        var value = JSON.parse(raw[key]);
        if (m[2] === 'meta') slot.meta = value; else slot.cops[m[3]] = value;
      } catch (e) { /* unreadable: kept in "raw" below */ }
    }
    var workspaces = [];
    Object.keys(slots).forEach(function (name) {
      var s = slots[name];
      var ws = (s.meta && s.meta.workspace) || { schema_version: 1 };
      var order = (s.meta && s.meta.order) || [];
      Object.keys(s.cops).forEach(function (id) { if (order.indexOf(id) < 0) order.push(id); });
      ws.communities = order.filter(function (id) { return s.cops[id]; }).map(function (id) { return s.cops[id]; });
      workspaces.push({ slot: name, workspace: ws });
    });
    if (!Object.keys(raw).length) return null;
    var main = workspaces.filter(function (w) { return w.slot === 'main'; })[0] || workspaces[0];
    return {
      format: 'practica',
      kind: 'workspace',
      schema_version: main ? main.workspace.schema_version : 1,
      app_version: 'rescue',
      exported_at: new Date().toISOString(),
      workspace: main ? main.workspace : null,
      other_workspaces: workspaces.filter(function (w) { return w !== main; }),
      raw: raw
    };
  }

  function download() {
    var t = TEXT[lang()], data = null;
    try { data = collect(); } catch (e) { data = null; }
    if (!data) { window.alert(t.none); return; }
    var blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'practica-rescue-' + new Date().toISOString().slice(0, 10) + '.json';
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  var shown = false;
  function showRescue() {
    if (shown) return;
    var box = document.getElementById('rescue');
    if (!box) {
      // Failed before the body was parsed: show it as soon as it exists.
      document.addEventListener('DOMContentLoaded', showRescue);
      return;
    }
    shown = true;
    var l = lang(), t = TEXT[l];
    document.documentElement.setAttribute('lang', l);
    document.documentElement.classList.add('rescued');
    document.getElementById('rescue-title').textContent = t.title;
    document.getElementById('rescue-text').textContent = t.text;
    document.getElementById('rescue-reload').textContent = t.reload;
    document.getElementById('rescue-download').textContent = t.download;
    document.getElementById('rescue-reload').onclick = function () { window.location.reload(); };
    document.getElementById('rescue-download').onclick = download;
    box.setAttribute('role', 'alert');
    box.hidden = false;
  }

  function started() { return document.documentElement.getAttribute('data-app') === 'ready'; }

  function isFatal(err) {
    // Once running, only a WebAssembly trap (a Rust panic) kills the app; other errors are
    // the browser's or an extension's and the app may still work.
    if (!started()) return true;
    return typeof WebAssembly === 'object' && err instanceof WebAssembly.RuntimeError;
  }

  window.addEventListener('error', function (ev) {
    // Capture phase: also sees a script or stylesheet that failed to download.
    var target = ev.target;
    if (target && target !== window && (target.tagName === 'SCRIPT' || target.tagName === 'LINK')) {
      if (!started() && target.tagName === 'SCRIPT') showRescue();
      return;
    }
    if (isFatal(ev.error)) showRescue();
  }, true);
  window.addEventListener('unhandledrejection', function (ev) {
    if (isFatal(ev.reason)) showRescue();
  });

  if (typeof WebAssembly !== 'object' || typeof Promise === 'undefined') {
    document.addEventListener('DOMContentLoaded', showRescue);
  }

  if ('serviceWorker' in navigator && window.isSecureContext) {
    window.addEventListener('load', function () {
      navigator.serviceWorker.register('sw.js').catch(function () { /* offline use only */ });
    });
  }
})();
