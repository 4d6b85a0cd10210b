/**
 * The CSS and JavaScript that page assembly puts in every WebViewTK page.
 *
 * BASE_CSS: box-sizing reset, full-height html/body/#root, system font. Every rule is wrapped
 * in `:where()` (zero specificity) so that any framework the app includes (Bootstrap, Tailwind,
 * Bulma, …) wins over it regardless of order.
 *
 * WIDGET_CSS: the look of the built-in widgets (`.wv-*` classes).
 *
 * RUNTIME_JS: the widget runtime: delegated event listeners that turn `data-tr-on-<event>`
 * attributes into `window.invoke("__widget_event__", {id, event, value, target})`, applies the
 * update the handler returns (see `docs` in README.md next to this file), the titlebar's window
 * buttons and drag start, and the InkWell ripple. It needs nothing at load time: `window.invoke`
 * (from the bridge) is looked up when an event fires.
 */

export const BASE_CSS = `
:where(*, *::before, *::after) { box-sizing: border-box; }
:where(html, body) { margin: 0; padding: 0; height: 100%; }
:where(body) { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif; line-height: 1.5; -webkit-font-smoothing: antialiased; }
:where(#root) { height: 100%; }
:where(#root.wv-root--overlay) { height: auto; }
`.trim();

export const WIDGET_CSS = `
.wv-center { display: flex; align-items: center; justify-content: center; width: 100%; height: 100%; }
.wv-align { display: flex; width: 100%; height: 100%; }
.wv-column { display: flex; flex-direction: column; }
.wv-row { display: flex; flex-direction: row; }
.wv-wrap { display: flex; flex-wrap: wrap; }
.wv-listview { display: flex; flex-direction: column; overflow: auto; min-height: 0; }
.wv-gridview { display: grid; }
.wv-sizedbox { flex-shrink: 0; }
.wv-stack { display: grid; position: relative; }
.wv-stack > * { grid-area: 1 / 1; }
.wv-stack > .wv-positioned { position: absolute; }
.wv-positioned { position: absolute; }
.wv-expanded { display: flex; flex-direction: column; min-width: 0; min-height: 0; }
.wv-expanded > * { flex: 1 1 auto; min-height: 0; }
.wv-flexible { min-width: 0; min-height: 0; }
.wv-button { display: inline-flex; align-items: center; justify-content: center; gap: 8px; padding: 8px 18px; min-height: 36px;
  border: 1px solid transparent; border-radius: 8px; font: inherit; font-size: 14px; font-weight: 600; line-height: 1.2;
  cursor: pointer; user-select: none; transition: background-color .15s, box-shadow .15s, filter .15s, transform .05s;
  background-color: #2563eb; color: #fff; }
.wv-button:hover:not(:disabled) { filter: brightness(1.08); }
.wv-button:active:not(:disabled) { transform: translateY(1px); }
.wv-button:focus-visible { outline: 2px solid #93c5fd; outline-offset: 2px; }
.wv-button:disabled { opacity: .5; cursor: not-allowed; }
.wv-button--elevated { box-shadow: 0 1px 3px rgba(0,0,0,.2), 0 2px 6px rgba(0,0,0,.12); }
.wv-button--outlined { background-color: transparent; color: #2563eb; border-color: currentColor; }
.wv-button--text { background-color: transparent; color: #2563eb; }
.wv-button--tonal { background-color: #dbeafe; color: #1e3a8a; }
.wv-button--outlined:hover:not(:disabled), .wv-button--text:hover:not(:disabled) { background-color: rgba(37,99,235,.08); filter: none; }
.wv-button--icon { padding: 6px; min-width: 36px; border-radius: 50%; color: inherit; }
.wv-button .material-icons { font-size: 18px; }
.wv-textfield { display: flex; flex-direction: column; gap: 4px; }
.wv-textfield__label { font-size: 13px; font-weight: 600; color: #374151; }
.wv-textfield__input { font: inherit; font-size: 14px; padding: 9px 12px; border: 1px solid #d1d5db; border-radius: 8px; background: #fff;
  color: #111827; outline: none; transition: border-color .15s, box-shadow .15s; width: 100%; }
.wv-textfield__input:focus { border-color: #2563eb; box-shadow: 0 0 0 3px rgba(37,99,235,.18); }
textarea.wv-textfield__input { resize: vertical; }
.wv-textfield__helper { font-size: 12px; color: #6b7280; }
.wv-textfield__helper--error { color: #dc2626; }
.wv-card { background-color: #fff; color: inherit; }
.wv-scaffold { display: flex; flex-direction: column; min-height: 100%; height: 100%; background-color: #f8fafc; }
.wv-scaffold__main { display: flex; flex: 1 1 auto; min-height: 0; }
.wv-scaffold__drawer { width: 260px; flex-shrink: 0; overflow: auto; background: #fff; border-right: 1px solid #e5e7eb; }
.wv-scaffold__body { flex: 1 1 auto; min-height: 0; overflow: auto; position: relative; }
.wv-scaffold__fab { position: fixed; right: 24px; bottom: 24px; z-index: 50; }
.wv-appbar { display: flex; align-items: center; gap: 12px; min-height: 56px; padding: 0 16px; background-color: #2563eb; color: #fff;
  box-shadow: 0 1px 3px rgba(0,0,0,.15); flex-shrink: 0; position: relative; z-index: 2; }
.wv-appbar__title { flex: 1 1 auto; font-size: 18px; font-weight: 600; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.wv-appbar--center .wv-appbar__title { text-align: center; }
.wv-appbar__leading, .wv-appbar__actions { display: flex; align-items: center; gap: 4px; }
.wv-appbar .wv-button--text, .wv-appbar .wv-button--icon { color: inherit; }
.wv-fab { display: inline-flex; align-items: center; justify-content: center; gap: 8px; width: 56px; height: 56px; border: none; border-radius: 16px;
  background-color: #2563eb; color: #fff; cursor: pointer; box-shadow: 0 3px 8px rgba(0,0,0,.25); font: inherit; font-weight: 600;
  transition: box-shadow .15s, transform .1s, filter .15s; }
.wv-fab:hover { box-shadow: 0 6px 14px rgba(0,0,0,.28); filter: brightness(1.06); }
.wv-fab:active { transform: scale(.97); }
.wv-fab--mini { width: 40px; height: 40px; border-radius: 12px; }
.wv-fab--extended { width: auto; padding: 0 20px; }
.wv-divider { border: none; height: 0; flex-shrink: 0; align-self: stretch; }
.wv-listtile { display: flex; align-items: center; gap: 16px; padding: 10px 16px; min-height: 56px; border-radius: 8px; }
.wv-listtile--dense { min-height: 40px; padding: 4px 12px; }
.wv-listtile--clickable { cursor: pointer; transition: background-color .12s; }
.wv-listtile--clickable:hover { background-color: rgba(0,0,0,.05); }
.wv-listtile--selected { background-color: rgba(37,99,235,.1); color: #1d4ed8; }
.wv-listtile__text { flex: 1 1 auto; min-width: 0; display: flex; flex-direction: column; }
.wv-listtile__title { font-size: 15px; font-weight: 500; }
.wv-listtile__subtitle { font-size: 13px; color: #6b7280; }
.wv-listtile__leading, .wv-listtile__trailing { display: flex; align-items: center; color: #6b7280; }
.wv-inkwell { position: relative; overflow: hidden; cursor: pointer; outline: none; }
.wv-inkwell::before { content: ""; position: absolute; inset: 0; background: var(--wv-hover, currentColor); opacity: 0; transition: opacity .15s; pointer-events: none; }
.wv-inkwell:hover::before { opacity: .06; }
.wv-inkwell:focus-visible::before { opacity: .1; }
.wv-ripple { position: absolute; border-radius: 50%; transform: scale(0); background: var(--wv-ripple, currentColor); opacity: .22;
  pointer-events: none; animation: wv-ripple .55s ease-out forwards; }
@keyframes wv-ripple { to { transform: scale(2.6); opacity: 0; } }
.wv-image { display: block; max-width: 100%; }
.wv-icon { display: inline-flex; align-items: center; justify-content: center; line-height: 1; vertical-align: middle; }
.material-icons.wv-icon { font-size: 24px; }
.wv-checkbox, .wv-switch { display: inline-flex; align-items: center; gap: 8px; cursor: pointer; user-select: none; }
.wv-checkbox__input { width: 18px; height: 18px; margin: 0; accent-color: var(--wv-accent, #2563eb); cursor: pointer; }
.wv-switch__input { position: absolute; opacity: 0; width: 1px; height: 1px; }
.wv-switch__track { position: relative; width: 40px; height: 22px; border-radius: 11px; background: #cbd5e1; transition: background-color .15s; flex-shrink: 0; }
.wv-switch__track::after { content: ""; position: absolute; top: 3px; left: 3px; width: 16px; height: 16px; border-radius: 50%; background: #fff;
  box-shadow: 0 1px 2px rgba(0,0,0,.3); transition: transform .15s; }
.wv-switch__input:checked + .wv-switch__track { background: var(--wv-accent, #2563eb); }
.wv-switch__input:checked + .wv-switch__track::after { transform: translateX(18px); }
.wv-switch__input:focus-visible + .wv-switch__track { outline: 2px solid #93c5fd; outline-offset: 2px; }
.wv-slider { width: 100%; accent-color: #2563eb; }
.wv-dropdown { font: inherit; font-size: 14px; padding: 8px 10px; border: 1px solid #d1d5db; border-radius: 8px; background: #fff; color: #111827; }
.wv-progress { width: 100%; height: 8px; accent-color: #2563eb; }
.wv-spinner { width: var(--wv-spinner-size, 36px); height: var(--wv-spinner-size, 36px); border-radius: 50%; border: 3px solid rgba(37,99,235,.2);
  border-top-color: #2563eb; animation: wv-spin .8s linear infinite; flex-shrink: 0; }
@keyframes wv-spin { to { transform: rotate(360deg); } }
[data-tr-on-click], [data-tr-on-dblclick], [data-tr-on-longpress] { cursor: pointer; }
[data-tr-on-dblclick], [data-tr-on-longpress], .wv-inkwell { user-select: none; -webkit-user-select: none; }
.wv-titlebar { position: fixed; top: 0; left: 0; right: 0; z-index: 2147483000; display: flex; align-items: center; gap: 10px;
  padding-left: 14px; user-select: none; -webkit-user-select: none; -webkit-app-region: drag; app-region: drag; cursor: default;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 13px; }
.wv-titlebar__title { flex: 1 1 auto; min-width: 0; font-weight: 500; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.wv-titlebar__leading, .wv-titlebar__actions { display: flex; align-items: center; gap: 6px; -webkit-app-region: no-drag; app-region: no-drag; }
.wv-titlebar__controls { display: flex; align-self: stretch; -webkit-app-region: no-drag; app-region: no-drag; }
.wv-titlebar__btn { width: 46px; height: 100%; display: inline-flex; align-items: center; justify-content: center; padding: 0; border: none;
  background: transparent; color: inherit; cursor: default; -webkit-app-region: no-drag; app-region: no-drag; transition: background-color .12s; }
.wv-titlebar__btn:hover { background-color: rgba(127,127,127,.22); }
.wv-titlebar__btn:active { background-color: rgba(127,127,127,.35); }
.wv-titlebar__btn--close:hover { background-color: #e81123; color: #fff; }
.wv-titlebar__btn--close:active { background-color: #f1707a; color: #fff; }
.wv-titlebar-host { box-sizing: border-box; }
`.trim();

/**
 * The widget runtime. Kept as plain ES2017 in a string (it runs in the page, not in Node).
 * Exposes `window.webviewtk = {apply, emit, windowControl}`.
 */
export const RUNTIME_JS = String.raw`(function () {
  "use strict";
  if (window.webviewtk && window.webviewtk.__installed) return;
  var COMMAND = "__widget_event__";
  var byId = function (id) { return id == null ? null : document.getElementById(String(id)); };
  var arg = function (a, key) { return a && typeof a === "object" && !Array.isArray(a) ? a[key] : a; };

  function windowControl(action) {
    if (window.ipc && typeof window.ipc.postMessage === "function") { window.ipc.postMessage("window:" + action); return; }
    var t = window.__TAURARO__ && window.__TAURARO__.window;
    var name = action === "drag_start" ? "startDrag" : action;
    if (t && typeof t[name] === "function") t[name]();
  }

  function setHtml(el, html, outer) {
    if (!el) return;
    if (outer) el.outerHTML = String(html == null ? "" : html); else el.innerHTML = String(html == null ? "" : html);
  }

  function focusKeeper(fn) {
    // Re-rendering a fragment that holds the focused input keeps focus and caret where they were.
    var a = document.activeElement, id = a && a.id, s = null, e = null;
    try { if (a && "selectionStart" in a) { s = a.selectionStart; e = a.selectionEnd; } } catch (_) {}
    fn();
    if (id && document.activeElement !== byId(id)) {
      var n = byId(id);
      if (n && n.focus) { n.focus(); try { if (s != null) n.setSelectionRange(s, e); } catch (_) {} }
    }
  }

  var OPS = {
    set_text: function (a) { var el = byId(a.id); if (el) el.textContent = a.text == null ? "" : String(a.text); },
    set_html: function (a) { focusKeeper(function () { setHtml(byId(a.id), a.html, false); }); },
    replace: function (a) { focusKeeper(function () { setHtml(byId(a.id), a.html, true); }); },
    append: function (a) { var el = byId(a.id); if (el) el.insertAdjacentHTML("beforeend", String(a.html == null ? "" : a.html)); },
    prepend: function (a) { var el = byId(a.id); if (el) el.insertAdjacentHTML("afterbegin", String(a.html == null ? "" : a.html)); },
    remove: function (a) { var el = byId(arg(a, "id")); if (el) el.remove(); },
    root: function (a) { var html = arg(a, "html"); focusKeeper(function () { setHtml(document.getElementById("root"), html, false); }); },
    set_value: function (a) {
      var el = byId(a.id); if (!el) return;
      if (el.type === "checkbox" || el.type === "radio") el.checked = !!a.value; else el.value = a.value == null ? "" : String(a.value);
    },
    set_attr: function (a) {
      var el = byId(a.id); if (!el || typeof a.name !== "string" || /^on/i.test(a.name)) return;
      if (a.value == null || a.value === false) el.removeAttribute(a.name); else el.setAttribute(a.name, a.value === true ? "" : String(a.value));
    },
    set_style: function (a) {
      var el = byId(a.id); if (!el) return;
      var st = a.style || {};
      if (typeof a.name === "string") { st = {}; st[a.name] = a.value; }
      Object.keys(st).forEach(function (k) {
        var prop = k.indexOf("-") >= 0 || k.indexOf("_") < 0 ? k : k.replace(/_/g, "-");
        var v = st[k];
        if (typeof v === "number" && !/^(opacity|z-index|flex|flex-grow|flex-shrink|font-weight|line-height|order)$/.test(prop)) v = v + "px";
        if (v == null) el.style.removeProperty(prop); else el.style.setProperty(prop, String(v));
      });
    },
    add_class: function (a) { var el = byId(a.id); if (el) el.classList.add.apply(el.classList, String(a["class"] || a.name || "").split(/\s+/).filter(Boolean)); },
    remove_class: function (a) { var el = byId(a.id); if (el) el.classList.remove.apply(el.classList, String(a["class"] || a.name || "").split(/\s+/).filter(Boolean)); },
    toggle_class: function (a) { var el = byId(a.id); if (el) el.classList.toggle(String(a["class"] || a.name || ""), a.force === undefined ? undefined : !!a.force); },
    set_visible: function (a) { var el = byId(a.id); if (el) el.hidden = !a.visible; },
    set_disabled: function (a) { var el = byId(a.id); if (el) el.disabled = !!a.disabled; },
    focus: function (a) { var el = byId(arg(a, "id")); if (el && el.focus) el.focus(); },
    scroll_into_view: function (a) { var el = byId(arg(a, "id")); if (el) el.scrollIntoView({ behavior: "smooth", block: "nearest" }); },
    set_title: function (a) { document.title = String(arg(a, "title")); },
    alert: function (a) { window.alert(String(arg(a, "message"))); },
    window: function (a) { windowControl(String(arg(a, "action"))); }
  };

  function apply(update) {
    if (update == null || typeof update !== "object") return;
    if (Array.isArray(update)) { update.forEach(apply); return; }
    if (Array.isArray(update.updates)) { update.updates.forEach(apply); return; }
    Object.keys(update).forEach(function (op) {
      var fn = OPS[op];
      if (!fn) { console.warn("webviewtk: unknown update '" + op + "'"); return; }
      var a = update[op];
      if (Array.isArray(a) && op !== "alert") a.forEach(function (x) { fn(x); }); else fn(a);
    });
  }

  // Calls for input/slider events are coalesced per element: while one is in flight, only the
  // latest value waits, so fast typing never floods the backend and results stay in order.
  var inflight = new WeakMap();
  function emit(id, event, value, el) {
    if (typeof window.invoke !== "function") { console.error("webviewtk: window.invoke is not available"); return Promise.resolve(); }
    var payload = { id: id, event: event, value: value === undefined ? null : value, target: el && el.id ? el.id : null };
    if (el && event === "change") {
      var st = inflight.get(el);
      if (st) { st.pending = payload; return st.promise; }
      st = { pending: null, promise: null };
      inflight.set(el, st);
      var run = function (p) {
        return window.invoke(COMMAND, p).then(apply, report).then(function () {
          if (st.pending) { var next = st.pending; st.pending = null; return run(next); }
          inflight.delete(el);
        });
      };
      st.promise = run(payload);
      return st.promise;
    }
    return window.invoke(COMMAND, payload).then(apply, report);
  }
  function report(err) { console.error("webviewtk: widget callback failed:", err && err.name ? err.name + ": " + err.message : err); if (err && err.traceback) console.error(err.traceback); }

  function valueOf(el) {
    if (!el) return null;
    var tag = el.tagName;
    if (tag === "INPUT") {
      if (el.type === "checkbox" || el.type === "radio") return !!el.checked;
      if (el.type === "range" || el.type === "number") { var n = el.valueAsNumber; return isNaN(n) ? null : n; }
      return el.value;
    }
    if (tag === "TEXTAREA" || tag === "SELECT") return el.value;
    return null;
  }

  function closestAttr(target, attr) { return target && target.closest ? target.closest("[" + attr + "]") : null; }
  function isDisabled(el) { return !!(el && (el.disabled || (el.closest && el.closest("[disabled]")))); }

  document.addEventListener("click", function (ev) {
    var w = closestAttr(ev.target, "data-tr-window");
    if (w) { ev.preventDefault(); windowControl(w.getAttribute("data-tr-window")); return; }
    if (suppressClick) { suppressClick = false; return; }
    var el = closestAttr(ev.target, "data-tr-on-click");
    if (!el || isDisabled(el)) return;
    // A checkbox/switch reports through on_change; a click on it is not also a tap.
    if (el.tagName === "INPUT" && (el.type === "checkbox" || el.type === "radio")) return;
    emit(el.getAttribute("data-tr-on-click"), "click", valueOf(el), el);
  });
  document.addEventListener("dblclick", function (ev) {
    if (closestAttr(ev.target, "data-tr-titlebar") && !closestAttr(ev.target, "data-tr-window") && !closestAttr(ev.target, "data-tr-on-dblclick")) {
      windowControl("maximize"); return;
    }
    var el = closestAttr(ev.target, "data-tr-on-dblclick");
    if (el && !isDisabled(el)) emit(el.getAttribute("data-tr-on-dblclick"), "dblclick", null, el);
  });
  document.addEventListener("input", function (ev) {
    var el = ev.target;
    if (!el || !el.getAttribute || !el.hasAttribute("data-tr-on-change")) return;
    if (el.type === "checkbox" || el.type === "radio" || el.tagName === "SELECT") return; // reported by "change"
    emit(el.getAttribute("data-tr-on-change"), "change", valueOf(el), el);
  });
  document.addEventListener("change", function (ev) {
    var el = ev.target;
    if (!el || !el.getAttribute || !el.hasAttribute("data-tr-on-change")) return;
    if (!(el.type === "checkbox" || el.type === "radio" || el.tagName === "SELECT")) return;
    emit(el.getAttribute("data-tr-on-change"), "change", valueOf(el), el);
  });
  document.addEventListener("keydown", function (ev) {
    var el = ev.target;
    if (ev.key === "Enter" && !ev.isComposing && el && el.getAttribute && el.hasAttribute("data-tr-on-submit")) {
      if (el.tagName === "TEXTAREA" && !(ev.ctrlKey || ev.metaKey)) return;
      ev.preventDefault();
      emit(el.getAttribute("data-tr-on-submit"), "submit", valueOf(el), el);
      return;
    }
    if ((ev.key === "Enter" || ev.key === " ") && el && el.getAttribute && el.hasAttribute("data-tr-on-click") && el.tagName !== "BUTTON" && el.tagName !== "INPUT" && el.tagName !== "TEXTAREA") {
      ev.preventDefault();
      emit(el.getAttribute("data-tr-on-click"), "click", null, el);
    }
  });

  // Long press: 550 ms without moving; the click that follows the release is swallowed.
  var lpTimer = 0, lpStart = null, suppressClick = false;
  document.addEventListener("pointerdown", function (ev) {
    var bar = closestAttr(ev.target, "data-tr-titlebar");
    if (bar && ev.button === 0 && !closestAttr(ev.target, "data-tr-window") && !(ev.target.closest && ev.target.closest("button, a, input, select, textarea, .wv-titlebar__actions, .wv-titlebar__leading"))) {
      windowControl("drag_start");
    }
    var ink = ev.target.closest ? ev.target.closest(".wv-inkwell") : null;
    if (ink) ripple(ink, ev);
    var el = closestAttr(ev.target, "data-tr-on-longpress");
    if (!el || ev.button !== 0) return;
    lpStart = { x: ev.clientX, y: ev.clientY };
    clearTimeout(lpTimer);
    lpTimer = setTimeout(function () { lpStart = null; suppressClick = !!closestAttr(el, "data-tr-on-click"); emit(el.getAttribute("data-tr-on-longpress"), "longpress", null, el); }, 550);
  });
  document.addEventListener("pointermove", function (ev) {
    if (lpStart && Math.abs(ev.clientX - lpStart.x) + Math.abs(ev.clientY - lpStart.y) > 10) { clearTimeout(lpTimer); lpStart = null; }
  });
  ["pointerup", "pointercancel"].forEach(function (t) { document.addEventListener(t, function () { clearTimeout(lpTimer); lpStart = null; }); });
  document.addEventListener("contextmenu", function (ev) { if (closestAttr(ev.target, "data-tr-on-longpress")) ev.preventDefault(); });

  function ripple(el, ev) {
    var r = el.getBoundingClientRect();
    var size = Math.max(r.width, r.height);
    var s = document.createElement("span");
    s.className = "wv-ripple";
    s.style.width = s.style.height = size + "px";
    s.style.left = (ev.clientX - r.left - size / 2) + "px";
    s.style.top = (ev.clientY - r.top - size / 2) + "px";
    el.appendChild(s);
    setTimeout(function () { s.remove(); }, 600);
  }

  window.webviewtk = { __installed: true, apply: apply, emit: emit, windowControl: windowControl };
})();`;
