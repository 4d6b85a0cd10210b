/**
 * The `time` module: clocks, sleep (interruptible by the bridge), struct_time conversions and
 * strftime/strptime in the C locale.
 */
import { defineModule } from "./registry.js";
import {
  None,
  PyTuple,
  T,
  typeOf,
  typeError,
  valueError,
  raise,
  pyFloat,
  toNumber,
  isInt,
  normBig,
  toArray,
} from "../runtime/index.js";
import { interrupted } from "../runtime/support.js";
import { flushStdout } from "../runtime/builtins.js";
import { sleep as bridgeSleep } from "../../bridge/vmServe.js";
import { structseq, strOf, isNone, StructSeq, type StructSeqType } from "./util.js";

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

let ST: StructSeqType | null = null;
function st(): StructSeqType {
  if (!ST) {
    ST = structseq(
      "struct_time",
      "time",
      ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"],
      ["tm_zone", "tm_gmtoff"],
    );
  }
  return ST;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function yday(y: number, m: number, d: number): number {
  const cum = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
  return cum[m - 1] + d + (m > 2 && isLeap(y) ? 1 : 0);
}

function zoneName(d: Date): string {
  try {
    const parts = new Intl.DateTimeFormat("en-US", { timeZoneName: "short" }).formatToParts(d);
    const z = parts.find((p) => p.type === "timeZoneName");
    return z ? z.value : "UTC";
  } catch {
    return "UTC";
  }
}

function secsArg(x: any, fname: string): number {
  if (isNone(x)) return Date.now() / 1000;
  if (typeof x === "number" || typeof x === "boolean" || typeof x === "bigint") return Math.floor(toNumber(x));
  if (typeOf(x) === T.float || (x && x.v !== undefined)) {
    const v = toNumber(x);
    if (v !== v) valueError("Invalid value NaN (not a number)");
    return Math.floor(v);
  }
  typeError(`'${typeOf(x).$name}' object cannot be interpreted as an integer`);
  void fname;
}

function stdOffset(year: number): [number, number] {
  const jan = new Date(year, 0, 1).getTimezoneOffset();
  const jul = new Date(year, 6, 1).getTimezoneOffset();
  return [jan, jul];
}

export function gmtimeOf(secs: number): StructSeq {
  const d = new Date(secs * 1000);
  const y = d.getUTCFullYear(), m = d.getUTCMonth() + 1, day = d.getUTCDate();
  return st().make([y, m, day, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), (d.getUTCDay() + 6) % 7, yday(y, m, day), 0], { tm_zone: "GMT", tm_gmtoff: 0 });
}

export function localtimeOf(secs: number): StructSeq {
  const d = new Date(secs * 1000);
  const y = d.getFullYear(), m = d.getMonth() + 1, day = d.getDate();
  const [jan, jul] = stdOffset(y);
  const off = d.getTimezoneOffset();
  const dst = jan !== jul && off < Math.max(jan, jul) ? 1 : 0;
  return st().make([y, m, day, d.getHours(), d.getMinutes(), d.getSeconds(), (d.getDay() + 6) % 7, yday(y, m, day), dst], { tm_zone: zoneName(d), tm_gmtoff: -off * 60 });
}

/** The 9 (or 11) fields of a struct_time or tuple argument. */
function tupleArg(t: any, fname: string): { f: number[]; zone: any; gmtoff: any } {
  if (t instanceof StructSeq) return { f: t.a.map((v) => Number(v)), zone: t.x.tm_zone, gmtoff: t.x.tm_gmtoff };
  if (!(t instanceof PyTuple)) typeError(`Tuple or struct_time argument required`);
  if (t.a.length !== 9) typeError(`${fname}(): illegal time tuple argument`);
  return { f: t.a.map((v: any) => {
    if (!isInt(v) && typeof v !== "boolean") typeError(`'${typeOf(v).$name}' object cannot be interpreted as an integer`);
    return Number(v);
  }), zone: undefined, gmtoff: undefined };
}

function pad(n: number, w: number, c = "0"): string {
  const s = String(Math.abs(n));
  return (n < 0 ? "-" : "") + (s.length >= w ? s : c.repeat(w - s.length) + s);
}

function isoWeek(y: number, yd: number, wd: number): [number, number] {
  // wd: Monday=0
  let week = Math.floor((yd - (wd + 1) + 10) / 7);
  let year = y;
  if (week < 1) {
    year = y - 1;
    const prevDays = isLeap(year) ? 366 : 365;
    week = Math.floor((yd + prevDays - (wd + 1) + 10) / 7);
  } else {
    const days = isLeap(y) ? 366 : 365;
    if (yd - (wd + 1) + 10 > days + 3 && Math.floor((yd - days - (wd + 1) + 10) / 7) >= 1) {
      week = 1;
      year = y + 1;
    }
  }
  return [year, week];
}

export function strftimeFields(fmt: string, f: number[], zone: any, gmtoff: any): string {
  const [Y, M, D, h, mi, s, wd, yd] = f;
  let out = "";
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c !== "%" || i + 1 >= fmt.length) {
      out += c;
      continue;
    }
    let d = fmt[++i];
    let noPad = false;
    if (d === "-" && i + 1 < fmt.length) {
      noPad = true;
      d = fmt[++i];
    }
    const P = (n: number, w: number) => (noPad ? String(n) : pad(n, w));
    switch (d) {
      case "a": out += DAYS[wd].slice(0, 3); break;
      case "A": out += DAYS[wd]; break;
      case "b": case "h": out += MONTHS[M - 1].slice(0, 3); break;
      case "B": out += MONTHS[M - 1]; break;
      case "c": out += `${DAYS[wd].slice(0, 3)} ${MONTHS[M - 1].slice(0, 3)} ${pad(D, 2, " ")} ${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)} ${Y}`; break;
      case "C": out += P(Math.floor(Y / 100), 2); break;
      case "d": out += P(D, 2); break;
      case "D": out += `${pad(M, 2)}/${pad(D, 2)}/${pad(Y % 100, 2)}`; break;
      case "e": out += noPad ? String(D) : pad(D, 2, " "); break;
      case "F": out += `${Y}-${pad(M, 2)}-${pad(D, 2)}`; break;
      case "G": out += String(isoWeek(Y, yd, wd)[0]); break;
      case "g": out += pad(isoWeek(Y, yd, wd)[0] % 100, 2); break;
      case "H": out += P(h, 2); break;
      case "I": out += P(h % 12 === 0 ? 12 : h % 12, 2); break;
      case "j": out += P(yd, 3); break;
      case "k": out += pad(h, 2, " "); break;
      case "l": out += pad(h % 12 === 0 ? 12 : h % 12, 2, " "); break;
      case "m": out += P(M, 2); break;
      case "M": out += P(mi, 2); break;
      case "n": out += "\n"; break;
      case "p": out += h < 12 ? "AM" : "PM"; break;
      case "r": out += `${pad(h % 12 === 0 ? 12 : h % 12, 2)}:${pad(mi, 2)}:${pad(s, 2)} ${h < 12 ? "AM" : "PM"}`; break;
      case "R": out += `${pad(h, 2)}:${pad(mi, 2)}`; break;
      case "s": out += String(Math.floor(new Date(Y, M - 1, D, h, mi, s).getTime() / 1000)); break;
      case "S": out += P(s, 2); break;
      case "t": out += "\t"; break;
      case "T": case "X": out += `${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}`; break;
      case "u": out += String(wd + 1); break;
      case "U": out += P(Math.floor((yd - 1 + 7 - ((wd + 1) % 7)) / 7), 2); break;
      case "V": out += P(isoWeek(Y, yd, wd)[1], 2); break;
      case "w": out += String((wd + 1) % 7); break;
      case "W": out += P(Math.floor((yd - 1 + 7 - wd) / 7), 2); break;
      case "x": out += `${pad(M, 2)}/${pad(D, 2)}/${pad(Y % 100, 2)}`; break;
      case "y": out += P(((Y % 100) + 100) % 100, 2); break;
      case "Y": out += String(Y); break;
      case "z": {
        let off = typeof gmtoff === "number" ? gmtoff : -new Date(Y, M - 1, D, h, mi, s).getTimezoneOffset() * 60;
        const sign = off < 0 ? "-" : "+";
        off = Math.abs(off);
        out += `${sign}${pad(Math.floor(off / 3600), 2)}${pad(Math.floor((off % 3600) / 60), 2)}`;
        break;
      }
      case "Z": out += typeof zone === "string" ? zone : zoneName(new Date(Y, M - 1, D, h, mi, s)); break;
      case "%": out += "%"; break;
      default: out += "%" + (noPad ? "-" : "") + d;
    }
  }
  return out;
}

function asctimeOf(f: number[]): string {
  const [Y, M, D, h, mi, s, wd] = f;
  return `${DAYS[wd].slice(0, 3)} ${MONTHS[M - 1].slice(0, 3)}${pad(D, 3, " ")} ${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)} ${Y}`;
}

function checkFields(f: number[]): void {
  if (f[1] < 1 || f[1] > 12) valueError("month out of range");
  if (f[2] < 1 || f[2] > 31) valueError("day of month out of range");
  if (f[3] < 0 || f[3] > 23) valueError("hour out of range");
  if (f[4] < 0 || f[4] > 59) valueError("minute out of range");
  if (f[5] < 0 || f[5] > 61) valueError("seconds out of range");
  if (f[6] < 0) valueError("day of week out of range");
  if (f[7] < 0 || f[7] > 366) valueError("day of year out of range");
}

// ---- strptime (C locale) ----

function strptimeImpl(s: string, fmt: string): number[] {
  let Y = 1900, M = 1, D = 1, h = 0, mi = 0, sec = 0, wd = -1, ydv = -1, ampm = -1;
  let i = 0;
  const fail = () => valueError(`time data ${JSON.stringify(s).replace(/^"|"$/g, "'")} does not match format '${fmt}'`);
  const num = (maxLen: number): number => {
    let j = i;
    if (s[j] === "+" || s[j] === "-") j++;
    while (j < s.length && j - i < maxLen && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
    if (j === i) fail();
    const v = Number(s.slice(i, j));
    i = j;
    return v;
  };
  const name = (list: string[], short: boolean): number => {
    const rest = s.slice(i).toLowerCase();
    for (let k = 0; k < list.length; k++) {
      const full = list[k].toLowerCase();
      if (rest.startsWith(full)) {
        i += full.length;
        return k;
      }
    }
    if (short)
      for (let k = 0; k < list.length; k++) {
        const ab = list[k].slice(0, 3).toLowerCase();
        if (rest.startsWith(ab)) {
          i += 3;
          return k;
        }
      }
    fail();
    return 0;
  };
  for (let k = 0; k < fmt.length; k++) {
    const c = fmt[k];
    if (c === "%" && k + 1 < fmt.length) {
      const d = fmt[++k];
      switch (d) {
        case "Y": Y = num(4); break;
        case "y": { const v = num(2); Y = v < 69 ? 2000 + v : 1900 + v; break; }
        case "m": M = num(2); break;
        case "d": D = num(2); break;
        case "H": h = num(2); break;
        case "I": h = num(2); break;
        case "M": mi = num(2); break;
        case "S": sec = num(2); break;
        case "f": num(6); break;
        case "j": ydv = num(3); break;
        case "p": { const r = s.slice(i, i + 2).toUpperCase(); if (r !== "AM" && r !== "PM") fail(); ampm = r === "PM" ? 1 : 0; i += 2; break; }
        case "a": case "A": wd = name(DAYS, true); break;
        case "b": case "B": case "h": M = name(MONTHS, true) + 1; break;
        case "%": if (s[i] !== "%") fail(); i++; break;
        case "z": { const m = /^([+-])(\d\d):?(\d\d)/.exec(s.slice(i)); if (!m) { if (s[i] === "Z") { i++; break; } fail(); } else i += m[0].length; break; }
        case "Z": { const m = /^[A-Za-z]+/.exec(s.slice(i)); if (!m) fail(); else i += m[0].length; break; }
        default: valueError(`'${d}' is a bad directive in format '%${d}'`);
      }
    } else if (/\s/.test(c)) {
      while (i < s.length && /\s/.test(s[i])) i++;
    } else {
      if (s[i] !== c) fail();
      i++;
    }
  }
  if (i < s.length) valueError(`unconverted data remains: ${s.slice(i)}`);
  if (ampm === 1 && h < 12) h += 12;
  if (ampm === 0 && h === 12) h = 0;
  if (M < 1 || M > 12 || D < 1 || D > 31 || h > 23 || mi > 59 || sec > 61) fail();
  const date = new Date(Date.UTC(Y, M - 1, D));
  date.setUTCFullYear(Y);
  const w = wd >= 0 ? wd : (date.getUTCDay() + 6) % 7;
  return [Y, M, D, h, mi, sec, w, ydv >= 0 ? ydv : yday(Y, M, D), -1];
}

// ---- clocks ----

const hr0 = process.hrtime.bigint();
const wall0 = BigInt(Date.now()) * 1000000n;

function nowNs(): bigint {
  return wall0 + (process.hrtime.bigint() - hr0);
}

defineModule(
  "time",
  (m) => {
    const S = st();
    m.set("struct_time", S.type);
    const year = new Date().getFullYear();
    const [jan, jul] = stdOffset(year);
    const stdOff = Math.max(jan, jul);
    const dstOff = Math.min(jan, jul);
    m.set("timezone", stdOff * 60);
    m.set("altzone", dstOff * 60);
    m.set("daylight", jan !== jul ? 1 : 0);
    const janName = zoneName(new Date(year, 0, 1));
    const julName = zoneName(new Date(year, 6, 1));
    m.set("tzname", new PyTuple(jan >= jul ? [janName, julName] : [julName, janName]));
    m.fn("time", "", () => pyFloat(Number(nowNs()) / 1e9));
    m.fn("time_ns", "", () => normBig(nowNs()));
    m.fn("perf_counter", "", () => pyFloat(Number(process.hrtime.bigint()) / 1e9));
    m.fn("perf_counter_ns", "", () => normBig(process.hrtime.bigint()));
    m.fn("monotonic", "", () => pyFloat(Number(process.hrtime.bigint()) / 1e9));
    m.fn("monotonic_ns", "", () => normBig(process.hrtime.bigint()));
    const cpu = () => {
      const u = process.cpuUsage();
      return u.user + u.system;
    };
    m.fn("process_time", "", () => pyFloat(cpu() / 1e6));
    m.fn("process_time_ns", "", () => cpu() * 1000);
    m.fn("thread_time", "", () => pyFloat(cpu() / 1e6));
    m.fn("thread_time_ns", "", () => cpu() * 1000);
    m.fn("sleep", "secs, /", (secs: any) => {
      if (typeof secs !== "number" && typeof secs !== "boolean" && typeof secs !== "bigint" && typeOf(secs) !== T.float && !(secs && secs.v !== undefined)) {
        typeError(`'${typeOf(secs).$name}' object cannot be interpreted as an integer`);
      }
      const v = toNumber(secs);
      if (v !== v) valueError("Invalid value NaN (not a number)");
      if (v < 0) valueError("sleep length must be non-negative");
      flushStdout();
      if (!bridgeSleep(v)) interrupted();
      return None;
    });
    m.fn("gmtime", "secs=, /", (secs: any) => gmtimeOf(secsArg(secs, "gmtime")));
    m.fn("localtime", "secs=, /", (secs: any) => localtimeOf(secsArg(secs, "localtime")));
    m.fn("mktime", "t, /", (t: any) => {
      const { f } = tupleArg(t, "mktime");
      const d = new Date(f[0], f[1] - 1, f[2], f[3], f[4], f[5]);
      d.setFullYear(f[0]);
      const v = d.getTime();
      if (v !== v) raise(T.OverflowError, "mktime argument out of range");
      return pyFloat(v / 1000);
    });
    m.fn("asctime", "t=, /", (t: any) => {
      const f = isNone(t) ? localtimeOf(Date.now() / 1000).a : tupleArg(t, "asctime").f;
      checkFields(f as number[]);
      return asctimeOf(f as number[]);
    });
    m.fn("ctime", "secs=, /", (secs: any) => asctimeOf(localtimeOf(secsArg(secs, "ctime")).a as number[]));
    m.fn("strftime", "format, t=, /", (fmt: any, t: any) => {
      const fs = strOf(fmt);
      if (fs === undefined) typeError(`strftime() argument 1 must be str, not ${typeOf(fmt).$name}`);
      if (isNone(t)) {
        const lt = localtimeOf(Date.now() / 1000);
        return strftimeFields(fs, lt.a as number[], lt.x.tm_zone, lt.x.tm_gmtoff);
      }
      const { f, zone, gmtoff } = tupleArg(t, "strftime");
      checkFields(f);
      return strftimeFields(fs, f, zone, gmtoff);
    });
    m.fn("strptime", "string, format=, /", (s: any, fmt: any) => {
      const ss = strOf(s);
      if (ss === undefined) typeError(`strptime() argument 0 must be str, not ${typeOf(s).$name}`);
      const fs = fmt === undefined ? "%a %b %d %H:%M:%S %Y" : strOf(fmt);
      if (fs === undefined) typeError(`strptime() argument 1 must be str, not ${typeOf(fmt).$name}`);
      return S.make(strptimeImpl(ss, fs), { tm_zone: None, tm_gmtoff: None });
    });
    m.fn("get_clock_info", "name, /", () => None);
    void toArray;
  },
  { builtin: true },
);
