/** Page assembly order and escaping; the CDN table resolves to installed files. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  CDN_KEYS,
  CDN_URLS,
  addCustomCss,
  addCustomJs,
  assemblePage,
  buildPageSpec,
  createWindowSpec,
  includeCdn,
  includeCssFile,
  includeHtmlFile,
  includeJsFile,
  packageVersion,
  resolveCdnKey,
  resolveCdnRef,
  widget as W,
} from "../../src/webviewtk/index.js";

function indexOf(html: string, needle: string): number {
  const i = html.indexOf(needle);
  assert.ok(i >= 0, `missing: ${needle}`);
  return i;
}

test("page assembly: doctype, metas, escaped title, includes in order, base css, body order", () => {
  const win = createWindowSpec({ title: `Tom & "Jerry" </title><script>` });
  includeCdn(win, "BOOTSTRAP_CSS");
  addCustomCss(win, "body { color: red } </style><b>");
  includeCdn(win, CDN_URLS.CHART_JS!);
  includeCdn(win, "https://example.com/x.js");
  includeCdn(win, "https://example.com/y.css");
  addCustomJs(win, "window.A = 1; // </script> must not close");
  win.customHtml = `<div id="custom">custom</div>`;
  const { html, assets } = assemblePage(win, W("Text", { text: "root text" }));

  assert.ok(html.startsWith("<!DOCTYPE html>\n<html"));
  const charset = indexOf(html, `<meta charset="utf-8">`);
  const viewport = indexOf(html, `<meta name="viewport" content="width=device-width, initial-scale=1">`);
  const title = indexOf(html, `<title>Tom &amp; &quot;Jerry&quot; &lt;/title&gt;&lt;script&gt;</title>`);
  const bootstrap = indexOf(html, `<link rel="stylesheet" href="/assets/bootstrap/dist/css/bootstrap.min.css">`);
  const custom = indexOf(html, "body { color: red } <\\/style><b>");
  const chart = indexOf(html, `<script src="/assets/chart.js/dist/chart.umd.min.js"></script>`);
  const ext = indexOf(html, `<script src="https://example.com/x.js"></script>`);
  const extCss = indexOf(html, `<link rel="stylesheet" href="https://example.com/y.css">`);
  const base = indexOf(html, `<style id="wv-base-css">`);
  const runtime = indexOf(html, `<script id="wv-runtime">`);
  const headEnd = indexOf(html, "</head>");
  const customHtml = indexOf(html, `<div id="custom">custom</div>`);
  const root = indexOf(html, `<div id="root"><span class="wv-text">root text</span></div>`);
  const customJs = indexOf(html, "window.A = 1; // <\\/script> must not close");
  assert.ok(charset < viewport && viewport < title && title < bootstrap);
  assert.ok(bootstrap < custom && custom < chart && chart < ext && ext < extCss && extCss < base && base < runtime && runtime < headEnd);
  assert.ok(headEnd < customHtml && customHtml < root && root < customJs);
  assert.equal(html.match(/<\/style>/g)!.length, html.match(/<style/g)!.length); // no early close
  assert.equal(assets["/assets/bootstrap/dist/css/bootstrap.min.css"], resolveCdnKey("BOOTSTRAP_CSS").files[0]!.file);
  assert.ok(assets["/assets/chart.js/dist/chart.umd.min.js"]);
});

test("page assembly: include_*_file read relative to the app; CSS urls and images served under /app/", () => {
  const dir = mkdtempSync(join(tmpdir(), "wvtk-"));
  try {
    mkdirSync(join(dir, "static"));
    writeFileSync(join(dir, "static", "app.css"), `.logo { background: url("img/bg.png") } .x { background: url(data:image/png;base64,AA) }`);
    mkdirSync(join(dir, "static", "img"));
    writeFileSync(join(dir, "static", "img", "bg.png"), "png");
    writeFileSync(join(dir, "logo.png"), "png");
    writeFileSync(join(dir, "app.js"), "window.fromFile = true;");
    writeFileSync(join(dir, "part.html"), "<section id=part>part</section>");
    const win = createWindowSpec({ baseDir: dir });
    includeCssFile(win, "static/app.css");
    includeJsFile(win, "app.js");
    includeHtmlFile(win, "part.html");
    assert.throws(() => includeCssFile(win, "missing.css"), /ENOENT/);
    const { html, assets } = assemblePage(win, W("Image", { src: "logo.png" }));
    assert.match(html, /\.logo \{ background: url\("\/app\/static\/img\/bg\.png"\) \}/);
    assert.match(html, /url\(data:image\/png;base64,AA\)/);
    assert.match(html, /<img class="wv-image" src="\/app\/logo\.png" alt="">/);
    assert.equal(assets["/app/logo.png"], join(dir, "logo.png"));
    assert.equal(assets["/app/static/img/bg.png"], join(dir, "static", "img", "bg.png"));
    assert.ok(html.indexOf("<section id=part>part</section>") < html.indexOf(`<div id="root">`));
    assert.ok(html.indexOf("window.fromFile = true;") > html.indexOf(`<div id="root">`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("page assembly: icons used by the tree bring their font; titlebar as the only root overlays", () => {
  const win = createWindowSpec({ title: "t" });
  const { html, assets } = assemblePage(win, W("Column", { children: [W("Icon", { name: "home" }), W("Icon", { name: "fa-star" })] }));
  assert.match(html, /href="\/assets\/material-icons\/iconfont\/filled\.css"/);
  assert.match(html, /href="\/assets\/@fortawesome\/fontawesome-free\/css\/all\.min\.css"/);
  assert.ok(assets["/assets/material-icons/iconfont/material-icons.woff2"]);

  win.customHtml = `<div style="padding-top: 40px">app</div>`;
  const overlay = assemblePage(win, W("CustomTitleBar", { title: "Bar" })).html;
  assert.match(overlay, /<div id="root" class="wv-root--overlay"><div class="wv-titlebar-host wv-titlebar-host--overlay">/);
  const withChild = assemblePage(win, W("CustomTitleBar", { title: "Bar", child: W("Text", { text: "x" }) })).html;
  assert.match(withChild, /<div id="root"><div class="wv-titlebar-host" style="padding-top: 40px; height: 100%">/);
  const separate = assemblePage(win, W("Text", { text: "x" }), W("CustomTitleBar", { title: "Sep", height: 32 })).html;
  assert.match(separate, /<body style="padding-top: 32px">\n<div class="wv-titlebar-host wv-titlebar-host--overlay">/);
});

test("PageSpec: decorations off for native_titlebar=False", () => {
  const spec = buildPageSpec(createWindowSpec({ title: "A", width: 900, height: 700, nativeTitlebar: false }), null);
  assert.equal(spec.decorations, false);
  assert.equal(spec.width, 900);
  assert.match(spec.html, /<div id="root"><\/div>/);
  assert.equal(buildPageSpec(createWindowSpec({}), null).decorations, true);
  assert.equal(buildPageSpec(createWindowSpec({ decorations: false }), null).decorations, false);
});

test("include_cdn rejects unknown keys and non-URLs", () => {
  const win = createWindowSpec();
  assert.throws(() => includeCdn(win, "NOT_A_KEY"), /unknown CDN key 'NOT_A_KEY'/);
  assert.throws(() => includeCdn(win, "bootstrap"), /neither a CDN key nor a URL/);
});

test("CDN table: every key resolves to installed files, with every file its CSS references", () => {
  const expected = [
    "TAILWIND_CSS", "BOOTSTRAP_CSS", "BOOTSTRAP_JS", "BULMA_CSS", "FOUNDATION_CSS", "MATERIAL_CSS", "SEMANTIC_UI_CSS",
    "ALPINE_JS", "HTMX", "VUE_JS", "REACT_JS", "JQUERY", "FONT_AWESOME", "MATERIAL_ICONS", "BOOTSTRAP_ICONS",
    "GOOGLE_FONTS_INTER", "GOOGLE_FONTS_ROBOTO", "GOOGLE_FONTS_POPPINS", "ANIMATE_CSS", "GSAP", "LODASH", "MOMENT_JS",
    "DAY_JS", "AXIOS", "CHART_JS", "APEXCHARTS",
  ];
  assert.deepEqual([...CDN_KEYS].sort(), [...expected].sort());
  for (const key of CDN_KEYS) {
    const r = resolveCdnKey(key);
    assert.ok(r.files.length > 0, key);
    for (const f of r.files) {
      assert.ok(existsSync(f.file), `${key}: ${f.file}`);
      assert.ok(f.urlPath.startsWith("/assets/"), f.urlPath);
      assert.equal(r.assets[f.urlPath], f.file);
    }
    for (const [url, file] of Object.entries(r.assets)) {
      assert.ok(existsSync(file), `${key}: ${url} → ${file}`);
      assert.ok(url.startsWith("/assets/"));
    }
    assert.match(CDN_URLS[key]!, /^https:\/\//, key);
    // The public URL maps back to the same local files.
    assert.deepEqual(resolveCdnRef(CDN_URLS[key]!)!.files, r.files, key);
  }
  const fa = resolveCdnKey("FONT_AWESOME").assets;
  assert.ok(fa["/assets/@fortawesome/fontawesome-free/webfonts/fa-solid-900.woff2"]);
  assert.ok(resolveCdnKey("BOOTSTRAP_ICONS").assets["/assets/bootstrap-icons/font/fonts/bootstrap-icons.woff2"]);
  assert.ok(Object.keys(resolveCdnKey("GOOGLE_FONTS_INTER").assets).some((u) => /\/assets\/@fontsource\/inter\/files\/inter-latin-400-normal\.woff2$/.test(u)));
  assert.ok(Object.keys(resolveCdnKey("SEMANTIC_UI_CSS").assets).some((u) => u.endsWith("themes/default/assets/fonts/icons.woff2")));
  assert.deepEqual(resolveCdnKey("REACT_JS").files.map((f) => f.urlPath), ["/assets/react/umd/react.production.min.js", "/assets/react-dom/umd/react-dom.production.min.js"]);
  assert.equal(resolveCdnKey("ALPINE_JS").files[0]!.defer, true);
});

test("CDN packages have the pinned major versions", () => {
  const majors: Record<string, string> = {
    bootstrap: "5", "chart.js": "4", "@fortawesome/fontawesome-free": "6", react: "18", "react-dom": "18", vue: "3",
    alpinejs: "3", "@tailwindcss/browser": "4",
  };
  for (const [pkg, major] of Object.entries(majors)) assert.equal(packageVersion(pkg)?.split(".")[0], major, pkg);
  assert.match(packageVersion("htmx.org")!, /^1\.9\./);
  assert.match(packageVersion("jquery")!, /^3\.7\./);
  assert.match(packageVersion("bootstrap")!, /^5\.3\./);
});

test("CDN refs: jsDelivr URLs of installed packages map locally; others stay external", () => {
  assert.equal(resolveCdnRef("https://cdn.jsdelivr.net/npm/bootstrap@5.3.0/dist/css/bootstrap.min.css")!.files[0]!.urlPath, "/assets/bootstrap/dist/css/bootstrap.min.css");
  assert.equal(resolveCdnRef("https://cdn.jsdelivr.net/npm/bootstrap@4.6.0/dist/css/bootstrap.min.css"), null); // other major
  assert.equal(resolveCdnRef("https://cdn.jsdelivr.net/npm/chart.js")!.key, "CHART_JS");
  assert.equal(resolveCdnRef("https://example.com/lib.js"), null);
  assert.equal(resolveCdnRef("tailwind_css")!.key, "TAILWIND_CSS");
});
