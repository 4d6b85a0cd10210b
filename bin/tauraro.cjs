#!/usr/bin/env node
// Runs the bundled CLI through a V8 code cache (kept in node_modules/.cache/tauraro), which
// saves most of the time V8 spends compiling it at every start; falls back to the ES module
// build. This file is CommonJS so that starting does not bring up Node's ES module loader.
"use strict";
const { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } = require("node:fs");
const { createRequire } = require("node:module");
const { dirname, join } = require("node:path");
const { pathToFileURL } = require("node:url");
const vm = require("node:vm");

const root = dirname(__dirname);
const bundle = join(root, "dist", "bundle", "main.cjs");

function loadWithCache() {
  // the bundle is ASCII (scripts/bundle.mjs): latin1 reads it without decoding UTF-8
  const src = readFileSync(bundle, "latin1");
  const cacheDir = join(root, "node_modules", ".cache", "tauraro");
  // V8 checks a cache against the source's length only: the build's mtime tells rebuilds apart.
  const stamp = Math.floor(statSync(bundle).mtimeMs).toString(36);
  const cacheFile = join(cacheDir, `main-${process.version}-${src.length}-${stamp}.v8cache`);
  const cached = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  const wrapper = `(function (exports, require, module, __filename, __dirname) {${src}\n})`;
  const script = new vm.Script(wrapper, { filename: bundle, cachedData: cached });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  if (cached === undefined || script.cachedDataRejected) {
    // Written at exit, when the functions this run needed have been compiled too.
    process.once("exit", () => {
      try {
        mkdirSync(cacheDir, { recursive: true });
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(tmp, script.createCachedData());
        renameSync(tmp, cacheFile);
        // caches of earlier builds are of no further use
        for (const f of readdirSync(cacheDir)) {
          if (f.startsWith("main-") && f.endsWith(".v8cache") && join(cacheDir, f) !== cacheFile) rmSync(join(cacheDir, f), { force: true });
        }
      } catch {
        // A read-only install simply runs without the cache.
      }
    });
  }
  return module.exports;
}

function esmBuild() {
  return import(pathToFileURL(join(root, "dist", "bundle", "main.js")).href);
}

let cli = null;
try {
  if (existsSync(bundle)) cli = loadWithCache();
} catch {
  cli = null;
}
if (cli !== null) cli.main(process.argv.slice(2));
else esmBuild().then((m) => m.main(process.argv.slice(2)));
