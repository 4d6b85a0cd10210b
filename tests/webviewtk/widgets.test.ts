/** Rendering of every widget: exact structure, escaping, numbers vs string units, callbacks. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { EdgeInsets, WIDGET_POSITIONAL, WIDGET_TYPES, cssBox, cssLength, renderWidget, toPageUpdate, widget as W } from "../../src/webviewtk/index.js";

const r = (type: string, props: Record<string, unknown> = {}) => renderWidget(W(type, props));
const T = (text: string, props: Record<string, unknown> = {}) => W("Text", { text, ...props });

test("lengths: numbers are px, unit strings are kept, numeric strings become px", () => {
  assert.equal(cssLength(12), "12px");
  assert.equal(cssLength(0.5), "0.5px");
  assert.equal(cssLength("240px"), "240px");
  assert.equal(cssLength("50%"), "50%");
  assert.equal(cssLength("1rem"), "1rem");
  assert.equal(cssLength("calc(100% - 40px)"), "calc(100% - 40px)");
  assert.equal(cssLength("240"), "240px");
  assert.equal(cssLength({ v: 2 }), "2px"); // a boxed float 2.0
  assert.equal(cssLength(null), undefined);
  assert.equal(cssLength("red; position: fixed"), "red position: fixed"); // no declaration injection
});

test("EdgeInsets and box values", () => {
  assert.equal(EdgeInsets.all(8), "8px 8px 8px 8px");
  assert.equal(EdgeInsets.symmetric(8, 16), "8px 16px 8px 16px");
  assert.equal(EdgeInsets.symmetric(undefined, "1rem"), "0px 1rem 0px 1rem");
  assert.equal(EdgeInsets.only({ top: 1, left: "2%" }), "1px 0px 0px 2%");
  assert.equal(EdgeInsets.zero(), "0px 0px 0px 0px");
  assert.equal(EdgeInsets.fromLTRB(1, 2, 3, 4), "2px 3px 4px 1px");
  assert.equal(cssBox([8, 16]), "8px 16px 8px 16px");
  assert.equal(cssBox([1, 2, 3, 4]), "1px 2px 3px 4px");
  assert.equal(cssBox("10px 20px"), "10px 20px");
  assert.equal(cssBox(12), "12px");
  assert.equal(cssBox({ vertical: 4, horizontal: 8 }), "4px 8px 4px 8px");
});

test("Text: escaped span with style props; raw_html inserts HTML", () => {
  assert.equal(
    r("Text", { text: `<b>"Tom" & 'Jerry'</b>`, font_size: 18, font_weight: "bold", color: "#333", text_align: "center", style: "margin: 4px; color: red" }),
    `<span class="wv-text" style="font-size: 18px; font-weight: bold; color: red; text-align: center; margin: 4px">&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;</span>`,
  );
  assert.equal(r("Text", { text: "<b>bold</b>", raw_html: true }), `<span class="wv-text"><b>bold</b></span>`);
  assert.equal(r("Text", { content: "via content" }), `<span class="wv-text">via content</span>`);
  assert.equal(r("Text", { text: 42 }), `<span class="wv-text">42</span>`);
  assert.equal(r("Text", { text: "a\nb" }), `<span class="wv-text" style="white-space: pre-line">a\nb</span>`);
  assert.equal(r("Text", { text: "x", font_size: "1.5rem", id: `a"b` }), `<span id="a&quot;b" class="wv-text" style="font-size: 1.5rem">x</span>`);
  assert.equal(r("Text", { text: "h", tag: "h1" }), `<h1 class="wv-text">h</h1>`);
  assert.equal(r("Text", { text: "h", tag: "script" }), `<span class="wv-text">h</span>`);
});

test("Container: box props, numbers and unit strings", () => {
  assert.equal(
    r("Container", {
      child: T("in"),
      width: 240,
      height: "50%",
      padding: EdgeInsets.symmetric(8, 16),
      margin: "1rem",
      background_color: "#fff",
      border_radius: 12,
      border: "1px solid #ddd",
      box_shadow: "0 1px 2px rgba(0,0,0,.1)",
      style: "opacity: 0.9",
    }),
    `<div class="wv-container" style="width: 240px; height: 50%; padding: 8px 16px 8px 16px; margin: 1rem; background-color: #fff; border-radius: 12px; border: 1px solid #ddd; box-shadow: 0 1px 2px rgba(0,0,0,.1); opacity: 0.9"><span class="wv-text">in</span></div>`,
  );
  assert.equal(r("Container", { alignment: "center" }), `<div class="wv-container" style="display: flex; align-items: center; justify-content: center"></div>`);
  assert.equal(r("Container", { flex: 1 }), `<div class="wv-container" style="flex: 1 1 0%"></div>`);
  assert.equal(r("Container", { flex: "1" }), `<div class="wv-container" style="flex: 1"></div>`);
  assert.equal(r("Container", { class_name: "card p-4", attrs: { "data-x": "<1>", onclick: "evil()" } }), `<div class="wv-container card p-4" data-x="&lt;1&gt;"></div>`);
});

test("Center, Padding, SizedBox, Align", () => {
  assert.equal(r("Center", { child: T("c") }), `<div class="wv-center"><span class="wv-text">c</span></div>`);
  assert.equal(r("Padding", { padding: EdgeInsets.all(10), child: T("p") }), `<div class="wv-padding" style="padding: 10px 10px 10px 10px"><span class="wv-text">p</span></div>`);
  assert.equal(r("Padding", { padding: [4, 8], child: null }), `<div class="wv-padding" style="padding: 4px 8px 4px 8px"></div>`);
  assert.equal(r("SizedBox", { width: 100, height: "2em" }), `<div class="wv-sizedbox" style="width: 100px; height: 2em"></div>`);
  assert.equal(r("Align", { alignment: "bottom_right" }), `<div class="wv-align" style="align-items: flex-end; justify-content: flex-end"></div>`);
});

test("Column / Row: spacing and alignments (snake, kebab and Flutter-style names)", () => {
  assert.equal(
    r("Column", { children: [T("a"), T("b")], spacing: 8, main_axis_alignment: "space_between", cross_axis_alignment: "stretch" }),
    `<div class="wv-column" style="gap: 8px; justify-content: space-between; align-items: stretch"><span class="wv-text">a</span><span class="wv-text">b</span></div>`,
  );
  const cases: [string, string][] = [
    ["start", "flex-start"], ["center", "center"], ["end", "flex-end"], ["space_between", "space-between"],
    ["space_around", "space-around"], ["space_evenly", "space-evenly"], ["space-between", "space-between"], ["MainAxisAlignment.spaceEvenly", "space-evenly"],
  ];
  for (const [a, css] of cases) assert.match(r("Row", { main_axis_alignment: a }), new RegExp(`justify-content: ${css}"`), a);
  for (const [a, css] of [["start", "flex-start"], ["center", "center"], ["end", "flex-end"], ["stretch", "stretch"]]) {
    assert.match(r("Row", { cross_axis_alignment: a }), new RegExp(`align-items: ${css}"`), a);
  }
  assert.equal(r("Row", { children: [], spacing: "1rem", style: "padding: 4px" }), `<div class="wv-row" style="gap: 1rem; padding: 4px"></div>`);
  assert.equal(r("Row", { gap: 20, children: ["plain <text>"] }), `<div class="wv-row" style="gap: 20px">plain &lt;text&gt;</div>`);
});

test("Stack, Positioned, Expanded, Flexible, Spacer", () => {
  assert.equal(
    r("Stack", { children: [T("bg"), W("Positioned", { top: 0, right: "10%", width: 50, child: T("x") })] }),
    `<div class="wv-stack"><span class="wv-text">bg</span><div class="wv-positioned" style="top: 0px; right: 10%; width: 50px"><span class="wv-text">x</span></div></div>`,
  );
  assert.equal(r("Positioned", { bottom: 4, left: 4, height: 20 }), `<div class="wv-positioned" style="bottom: 4px; left: 4px; height: 20px"></div>`);
  assert.equal(r("Expanded", { child: T("e") }), `<div class="wv-expanded" style="flex: 1 1 0%"><span class="wv-text">e</span></div>`);
  assert.equal(r("Expanded", { flex: 2 }), `<div class="wv-expanded" style="flex: 2 1 0%"></div>`);
  assert.equal(r("Flexible", { flex: 3 }), `<div class="wv-flexible" style="flex: 3 1 auto"></div>`);
  assert.equal(r("Spacer"), `<div class="wv-spacer" style="flex: 1 1 0%"></div>`);
  assert.equal(r("Spacer", { flex: 2 }), `<div class="wv-spacer" style="flex: 2 1 0%"></div>`);
});

test("Button: text or child, callback id, colours, disabled, escaping", () => {
  assert.equal(
    r("Button", { text: `Save "all"`, on_click: "cb_3", background_color: "#16a34a", color: "white" }),
    `<button type="button" class="wv-button wv-button--filled" style="background-color: #16a34a; color: white" data-tr-on-click="cb_3"><span class="wv-button__label">Save &quot;all&quot;</span></button>`,
  );
  assert.equal(r("Button", { child: T("c"), disabled: true, variant: "outlined" }), `<button type="button" class="wv-button wv-button--outlined" disabled><span class="wv-text">c</span></button>`);
  assert.equal(r("Button", { text: "x", on_click: `"><script>` }), `<button type="button" class="wv-button wv-button--filled" data-tr-on-click="&quot;&gt;&lt;script&gt;"><span class="wv-button__label">x</span></button>`);
  assert.equal(r("Button", { text: "x", variant: "bogus" }), `<button type="button" class="wv-button wv-button--filled"><span class="wv-button__label">x</span></button>`);
  assert.match(r("Button", { text: "Add", icon: "add" }), /^<button type="button" class="wv-button wv-button--filled"><span class="material-icons wv-icon" style="font-size: 18px" aria-hidden="true">add<\/span><span class="wv-button__label">Add<\/span><\/button>$/);
});

test("TextField: input, label, placeholder, callbacks, multiline, password", () => {
  assert.equal(
    r("TextField", { value: `a"b`, placeholder: "<name>", label: "Name & title", on_change: "cb_1", on_submit: "cb_2", id: "name" }),
    `<div class="wv-textfield"><label class="wv-textfield__label" for="name">Name &amp; title</label><input type="text" id="name" class="wv-textfield__input" placeholder="&lt;name&gt;" data-tr-on-change="cb_1" data-tr-on-submit="cb_2" value="a&quot;b"></div>`,
  );
  assert.equal(
    r("TextField", { multiline: true, value: "</textarea><b>", rows: 4 }),
    `<div class="wv-textfield"><textarea id="wv-1" class="wv-textfield__input" rows="4">&lt;/textarea&gt;&lt;b&gt;</textarea></div>`,
  );
  assert.equal(r("TextField", { password: true }), `<div class="wv-textfield"><input type="password" id="wv-1" class="wv-textfield__input" value=""></div>`);
  assert.match(r("TextField", { obscure_text: true, width: 300 }), /^<div class="wv-textfield" style="width: 300px"><input type="password"/);
});

test("Card: elevation shadow, padding and radius defaults", () => {
  assert.equal(
    r("Card", { child: T("c") }),
    `<div class="wv-card" style="padding: 16px; border-radius: 12px; box-shadow: 0 1.5px 4px rgba(0, 0, 0, 0.12), 0 1px 2px rgba(0, 0, 0, 0.08)"><span class="wv-text">c</span></div>`,
  );
  assert.equal(r("Card", { elevation: 0, padding: 8, border_radius: "4px", color: "#fef" }), `<div class="wv-card" style="padding: 8px; border-radius: 4px; box-shadow: none; background-color: #fef"></div>`);
});

test("Scaffold, AppBar, FloatingActionButton", () => {
  const html = r("Scaffold", {
    app_bar: W("AppBar", { title: "My <App>", actions: [W("Button", { text: "A" })], background_color: "#111", color: "#eee" }),
    body: T("body"),
    floating_action_button: W("FloatingActionButton", { child: "+", on_click: "cb_9" }),
    background_color: "#fafafa",
  });
  assert.equal(
    html,
    `<div class="wv-scaffold" style="background-color: #fafafa">` +
      `<header class="wv-appbar" style="background-color: #111; color: #eee"><div class="wv-appbar__title">My &lt;App&gt;</div><div class="wv-appbar__actions"><button type="button" class="wv-button wv-button--filled"><span class="wv-button__label">A</span></button></div></header>` +
      `<main class="wv-scaffold__body"><span class="wv-text">body</span></main>` +
      `<div class="wv-scaffold__fab"><button type="button" class="wv-fab" data-tr-on-click="cb_9" aria-label="action"><span class="wv-icon wv-icon--glyph" aria-hidden="true">+</span></button></div>` +
      `</div>`,
  );
  assert.equal(r("FloatingActionButton", { icon: "add" }), `<button type="button" class="wv-fab" aria-label="add"><span class="material-icons wv-icon" aria-hidden="true">add</span></button>`);
  assert.match(r("AppBar", { title: T("t"), leading: "menu" }), /^<header class="wv-appbar"><div class="wv-appbar__leading"><span class="material-icons wv-icon" aria-hidden="true">menu<\/span><\/div><div class="wv-appbar__title"><span class="wv-text">t<\/span><\/div><\/header>$/);
});

test("Divider: thickness, colour, indent", () => {
  assert.equal(r("Divider"), `<hr class="wv-divider" style="border-top: 1px solid rgba(0, 0, 0, 0.12); margin: 7.5px 0px 7.5px 0px">`);
  assert.equal(r("Divider", { thickness: 2, color: "#ccc", indent: 16, end_indent: "8px", height: 20 }), `<hr class="wv-divider" style="border-top: 2px solid #ccc; margin: 9px 8px 9px 16px">`);
});

test("ListTile: title, subtitle, leading, trailing, on_tap", () => {
  assert.equal(
    r("ListTile", { title: "Inbox <3>", subtitle: "12 new", leading: "inbox", trailing: T("›"), on_tap: "cb_4" }),
    `<div class="wv-listtile wv-listtile--clickable" data-tr-on-click="cb_4" role="button" tabindex="0">` +
      `<div class="wv-listtile__leading"><span class="material-icons wv-icon" aria-hidden="true">inbox</span></div>` +
      `<div class="wv-listtile__text"><div class="wv-listtile__title">Inbox &lt;3&gt;</div><div class="wv-listtile__subtitle">12 new</div></div>` +
      `<div class="wv-listtile__trailing"><span class="wv-text">›</span></div></div>`,
  );
  assert.equal(r("ListTile", { title: "t" }), `<div class="wv-listtile"><div class="wv-listtile__text"><div class="wv-listtile__title">t</div></div></div>`);
});

test("GestureDetector and InkWell: tap, double tap, long press", () => {
  assert.equal(
    r("GestureDetector", { child: T("g"), on_tap: "cb_1", on_double_tap: "cb_2", on_long_press: "cb_3" }),
    `<div class="wv-gesture" data-tr-on-click="cb_1" data-tr-on-dblclick="cb_2" data-tr-on-longpress="cb_3"><span class="wv-text">g</span></div>`,
  );
  assert.equal(r("InkWell", { child: T("i"), on_tap: "cb_5", border_radius: 8 }), `<div class="wv-inkwell" style="border-radius: 8px" data-tr-on-click="cb_5" tabindex="0"><span class="wv-text">i</span></div>`);
});

test("Image and Icon", () => {
  assert.equal(r("Image", { src: `https://x/a.png?a=1&b="2"`, width: 120, height: "50%", fit: "cover" }), `<img class="wv-image" style="object-fit: cover; width: 120px; height: 50%" src="https://x/a.png?a=1&amp;b=&quot;2&quot;" alt="">`);
  assert.equal(r("Image", { src: "a.png", fit: "BoxFit.scaleDown" }), `<img class="wv-image" style="object-fit: scale-down" src="a.png" alt="">`);
  assert.equal(r("Icon", { name: "home", size: 32, color: "red" }), `<span class="material-icons wv-icon" style="font-size: 32px; color: red" aria-hidden="true">home</span>`);
  assert.equal(r("Icon", { name: "★" }), `<span class="wv-icon wv-icon--glyph" aria-hidden="true">★</span>`);
  assert.equal(r("Icon", { name: "<x>" }), `<span class="wv-icon wv-icon--glyph" aria-hidden="true">&lt;x&gt;</span>`);
  assert.equal(r("Icon", { name: "fa-solid fa-house" }), `<i class="wv-icon fa-solid fa-house" aria-hidden="true"></i>`);
  assert.equal(r("Icon", { name: "fa-star" }), `<i class="wv-icon fa-solid fa-star" aria-hidden="true"></i>`);
  assert.equal(r("Icon", { name: "bi-alarm" }), `<i class="wv-icon bi bi-alarm" aria-hidden="true"></i>`);
});

test("Checkbox, Switch, Slider, Dropdown, progress", () => {
  assert.equal(
    r("Checkbox", { value: true, label: "Done", on_change: "cb_1", id: "c1" }),
    `<label class="wv-checkbox"><input type="checkbox" id="c1" class="wv-checkbox__input" checked data-tr-on-change="cb_1"><span class="wv-checkbox__label">Done</span></label>`,
  );
  assert.equal(
    r("Switch", { value: false, on_change: "cb_2", id: "s" }),
    `<label class="wv-switch"><input type="checkbox" id="s" class="wv-switch__input" role="switch" data-tr-on-change="cb_2"><span class="wv-switch__track" aria-hidden="true"></span></label>`,
  );
  assert.equal(r("Slider", { value: 30, min: 0, max: 100, divisions: 10, on_change: "cb_3", id: "sl" }), `<input type="range" id="sl" class="wv-slider" data-tr-on-change="cb_3" min="0" max="100" step="10" value="30">`);
  assert.equal(
    r("Dropdown", { items: ["a", ["b", "B <b>"], { value: "c", label: "C" }], value: "b", on_change: "cb_4", id: "d" }),
    `<select id="d" class="wv-dropdown" data-tr-on-change="cb_4"><option value="a">a</option><option value="b" selected>B &lt;b&gt;</option><option value="c">C</option></select>`,
  );
  assert.equal(r("LinearProgressIndicator", { value: 0.4 }), `<progress class="wv-progress" max="1" value="0.4"></progress>`);
  assert.equal(r("CircularProgressIndicator"), `<div role="progressbar" class="wv-spinner" style="--wv-spinner-size: 36px"></div>`);
});

test("CustomTitleBar: drag region, window buttons, escaped title, offset child", () => {
  const html = r("CustomTitleBar", { title: `<My "App">`, height: 48, background_color: "#3b82f6", text_color: "#fff", show_maximize: false, child: T("below") });
  assert.match(html, /^<div class="wv-titlebar-host" style="padding-top: 48px; height: 100%">/);
  assert.match(html, /<div class="wv-titlebar" data-tr-titlebar style="height: 48px; --wv-titlebar-height: 48px; background-color: #3b82f6; color: #fff">/);
  assert.match(html, /<div class="wv-titlebar__title">&lt;My &quot;App&quot;&gt;<\/div>/);
  assert.match(html, /data-tr-window="minimize"/);
  assert.doesNotMatch(html, /data-tr-window="maximize"/);
  assert.match(html, /data-tr-window="close"/);
  assert.match(html, /<span class="wv-text">below<\/span><\/div>$/);
  // Defaults
  const d = r("CustomTitleBar", {});
  assert.match(d, /height: 40px; --wv-titlebar-height: 40px; background-color: #1e1e1e; color: #ffffff/);
  assert.equal((d.match(/data-tr-window=/g) ?? []).length, 3);
});

test("every widget type renders, and positional specs name real widgets", () => {
  for (const type of WIDGET_TYPES) {
    const html = renderWidget(W(type, {}));
    assert.equal(typeof html, "string", type);
  }
  for (const name of Object.keys(WIDGET_POSITIONAL)) assert.ok(WIDGET_TYPES.includes(name), name);
  assert.throws(() => renderWidget(W("NoSuchWidget", {})), /unknown widget type 'NoSuchWidget'/);
});

test("widget callback results become page updates", () => {
  assert.deepEqual(toPageUpdate(null), []);
  assert.deepEqual(toPageUpdate({ set_text: { id: "count", text: "3" } }), [{ set_text: { id: "count", text: "3" } }]);
  assert.deepEqual(toPageUpdate(W("Text", { text: "5", id: "count" })), [{ replace: { id: "count", html: `<span id="count" class="wv-text">5</span>` } }]);
  assert.deepEqual(toPageUpdate(W("Text", { text: "all" })), [{ root: { html: `<span class="wv-text">all</span>` } }]);
  assert.deepEqual(toPageUpdate({ set_html: { id: "list", widget: W("Text", { text: "x" }) } }), [{ set_html: { id: "list", html: `<span class="wv-text">x</span>` } }]);
  assert.deepEqual(toPageUpdate({ updates: [{ set_text: { id: "a", text: "1" } }, [{ remove: { id: "b" } }]] }), [{ set_text: { id: "a", text: "1" } }, { remove: { id: "b" } }]);
});
