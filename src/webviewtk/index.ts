/** WebViewTK, the HTML side: widgets, page assembly, CDN assets, the page runtime. */
export * from "./html.js";
export * from "./widgets.js";
export * from "./cdn.js";
export * from "./page.js";
export * from "./updates.js";
export { BASE_CSS, WIDGET_CSS, RUNTIME_JS } from "./pageRuntime.js";
export * from "./app.js";
