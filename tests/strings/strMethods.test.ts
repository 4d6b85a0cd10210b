import { test } from "node:test";
import assert from "node:assert/strict";
import * as S from "../../src/lang/runtime/strings/index.js";
import { attempt, fixture, Mismatches } from "./helpers.js";

const data = fixture("strmethods.json");
const n = (v: any) => (v === null ? undefined : v);

function call(m: string, s: any, a: any[]): unknown {
  switch (m) {
    case "upper": return S.strUpper(s);
    case "lower": return S.strLower(s);
    case "casefold": return S.strCasefold(s);
    case "swapcase": return S.strSwapcase(s);
    case "title": return S.strTitle(s);
    case "capitalize": return S.strCapitalize(s);
    case "isdigit": return S.strIsdigit(s);
    case "isdecimal": return S.strIsdecimal(s);
    case "isnumeric": return S.strIsnumeric(s);
    case "isalpha": return S.strIsalpha(s);
    case "isalnum": return S.strIsalnum(s);
    case "isspace": return S.strIsspace(s);
    case "isupper": return S.strIsupper(s);
    case "islower": return S.strIslower(s);
    case "istitle": return S.strIstitle(s);
    case "isidentifier": return S.strIsidentifier(s);
    case "isprintable": return S.strIsprintable(s);
    case "isascii": return S.strIsascii(s);
    case "strip": return S.strStrip(s, a[0]);
    case "lstrip": return S.strLstrip(s, a[0]);
    case "rstrip": return S.strRstrip(s, a[0]);
    case "split": return S.strSplit(s, a[0], a[1]);
    case "rsplit": return S.strRsplit(s, a[0], a[1]);
    case "splitlines": return S.strSplitlines(s, a[0]);
    case "__repr__": return S.strRepr(s);
    case "__ascii__": return S.asciiRepr(s);
    case "__len__": return S.cpLen(s);
    case "expandtabs": return S.strExpandtabs(s, a[0]);
    case "center": return S.strCenter(s, a[0], a[1]);
    case "ljust": return S.strLjust(s, a[0], a[1]);
    case "rjust": return S.strRjust(s, a[0], a[1]);
    case "zfill": return S.strZfill(s, a[0]);
    case "partition": return S.strPartition(s, a[0]);
    case "rpartition": return S.strRpartition(s, a[0]);
    case "removeprefix": return S.strRemoveprefix(s, a[0]);
    case "removesuffix": return S.strRemovesuffix(s, a[0]);
    case "replace": return S.strReplace(s, a[0], a[1], a[2]);
    case "find": return S.strFind(s, a[0], n(a[1]), n(a[2]));
    case "rfind": return S.strRfind(s, a[0], n(a[1]), n(a[2]));
    case "index": return S.strIndex(s, a[0], n(a[1]), n(a[2]));
    case "rindex": return S.strRindex(s, a[0], n(a[1]), n(a[2]));
    case "count": return S.strCount(s, a[0], n(a[1]), n(a[2]));
    case "startswith": return S.strStartswith(s, a[0], n(a[1]), n(a[2]));
    case "endswith": return S.strEndswith(s, a[0], n(a[1]), n(a[2]));
    case "encode": return Array.from(S.strEncode(s, a[0], a[1]));
    case "decode": return S.bytesDecode(Uint8Array.from(s), a[0], a[1]);
    case "translate": return S.strTranslate(s, new Map(a[0]));
    case "maketrans": return [...S.strMaketrans(s, a[0], a[1])].sort((x, y) => x[0] - y[0]);
    case "join": return S.strJoin(s, a[0]);
  }
  throw new Error("no method " + m);
}

test("str methods match CPython", () => {
  const mm = new Mismatches();
  for (const [m, s, args, want] of data.cases) mm.check(`${JSON.stringify(s)}.${m}(${JSON.stringify(args).slice(1, -1)})`, attempt(() => call(m, s, args)), want);
  assert.equal(mm.list.length, 0, mm.report(60));
});

test("per-code-point predicates and case mappings", () => {
  const mm = new Mismatches();
  const preds: string[] = data.preds;
  const fns: Record<string, (s: string) => boolean> = {
    isdigit: S.strIsdigit, isdecimal: S.strIsdecimal, isnumeric: S.strIsnumeric, isalpha: S.strIsalpha,
    isalnum: S.strIsalnum, isspace: S.strIsspace, isupper: S.strIsupper, islower: S.strIslower,
    istitle: S.strIstitle, isidentifier: S.strIsidentifier, isprintable: S.strIsprintable,
  };
  for (const [c, mask, up, lo, ti, cf, sw, rp] of data.chars) {
    const ch = String.fromCodePoint(c);
    let got = 0;
    preds.forEach((p, i) => { if (fns[p](ch)) got |= 1 << i; });
    const diff = preds.filter((_, i) => ((got ^ mask) >> i) & 1).join(",");
    mm.check(`U+${c.toString(16)} preds`, diff, "");
    mm.check(`U+${c.toString(16)} maps`, [S.strUpper(ch), S.strLower(ch), S.strTitle(ch), S.strCasefold(ch), S.strSwapcase(ch), S.strRepr(ch)], [up, lo, ti, cf, sw, rp]);
  }
  assert.equal(mm.list.length, 0, mm.report(60));
});
