"""html.entities: HTML 4.01 character entity names (Tauraro).

``name2codepoint`` holds the 252 entities of the HTML 4.01 DTDs; ``html5`` maps entity
references as written in HTML5 ("amp;", and the legacy forms without a semicolon such as
"amp" or "eacute") to their characters, built from the HTML 4 set plus a few common
HTML5-only names.
"""

__all__ = ["html5", "name2codepoint", "codepoint2name", "entitydefs"]

# "name hexcodepoint" pairs of the HTML 4.01 entity sets (Latin-1, symbols, special)
_TABLE = (
    "quot 22 amp 26 lt 3c gt 3e nbsp a0 iexcl a1 cent a2 pound a3 curren a4 yen a5 brvbar a6 "
    "sect a7 uml a8 copy a9 ordf aa laquo ab not ac shy ad reg ae macr af deg b0 plusmn b1 "
    "sup2 b2 sup3 b3 acute b4 micro b5 para b6 middot b7 cedil b8 sup1 b9 ordm ba raquo bb "
    "frac14 bc frac12 bd frac34 be iquest bf Agrave c0 Aacute c1 Acirc c2 Atilde c3 Auml c4 "
    "Aring c5 AElig c6 Ccedil c7 Egrave c8 Eacute c9 Ecirc ca Euml cb Igrave cc Iacute cd "
    "Icirc ce Iuml cf ETH d0 Ntilde d1 Ograve d2 Oacute d3 Ocirc d4 Otilde d5 Ouml d6 times d7 "
    "Oslash d8 Ugrave d9 Uacute da Ucirc db Uuml dc Yacute dd THORN de szlig df agrave e0 "
    "aacute e1 acirc e2 atilde e3 auml e4 aring e5 aelig e6 ccedil e7 egrave e8 eacute e9 "
    "ecirc ea euml eb igrave ec iacute ed icirc ee iuml ef eth f0 ntilde f1 ograve f2 "
    "oacute f3 ocirc f4 otilde f5 ouml f6 divide f7 oslash f8 ugrave f9 uacute fa ucirc fb "
    "uuml fc yacute fd thorn fe yuml ff OElig 152 oelig 153 Scaron 160 scaron 161 Yuml 178 "
    "fnof 192 circ 2c6 tilde 2dc Alpha 391 Beta 392 Gamma 393 Delta 394 Epsilon 395 Zeta 396 "
    "Eta 397 Theta 398 Iota 399 Kappa 39a Lambda 39b Mu 39c Nu 39d Xi 39e Omicron 39f Pi 3a0 "
    "Rho 3a1 Sigma 3a3 Tau 3a4 Upsilon 3a5 Phi 3a6 Chi 3a7 Psi 3a8 Omega 3a9 alpha 3b1 "
    "beta 3b2 gamma 3b3 delta 3b4 epsilon 3b5 zeta 3b6 eta 3b7 theta 3b8 iota 3b9 kappa 3ba "
    "lambda 3bb mu 3bc nu 3bd xi 3be omicron 3bf pi 3c0 rho 3c1 sigmaf 3c2 sigma 3c3 tau 3c4 "
    "upsilon 3c5 phi 3c6 chi 3c7 psi 3c8 omega 3c9 thetasym 3d1 upsih 3d2 piv 3d6 ensp 2002 "
    "emsp 2003 thinsp 2009 zwnj 200c zwj 200d lrm 200e rlm 200f ndash 2013 mdash 2014 "
    "lsquo 2018 rsquo 2019 sbquo 201a ldquo 201c rdquo 201d bdquo 201e dagger 2020 Dagger 2021 "
    "bull 2022 hellip 2026 permil 2030 prime 2032 Prime 2033 lsaquo 2039 rsaquo 203a "
    "oline 203e frasl 2044 euro 20ac image 2111 weierp 2118 real 211c trade 2122 alefsym 2135 "
    "larr 2190 uarr 2191 rarr 2192 darr 2193 harr 2194 crarr 21b5 lArr 21d0 uArr 21d1 "
    "rArr 21d2 dArr 21d3 hArr 21d4 forall 2200 part 2202 exist 2203 empty 2205 nabla 2207 "
    "isin 2208 notin 2209 ni 220b prod 220f sum 2211 minus 2212 lowast 2217 radic 221a "
    "prop 221d infin 221e ang 2220 and 2227 or 2228 cap 2229 cup 222a int 222b there4 2234 "
    "sim 223c cong 2245 asymp 2248 ne 2260 equiv 2261 le 2264 ge 2265 sub 2282 sup 2283 "
    "nsub 2284 sube 2286 supe 2287 oplus 2295 otimes 2297 perp 22a5 sdot 22c5 lceil 2308 "
    "rceil 2309 lfloor 230a rfloor 230b lang 2329 rang 232a loz 25ca spades 2660 clubs 2663 "
    "hearts 2665 diams 2666 "
)

name2codepoint = {}
_parts = _TABLE.split()
for _i in range(0, len(_parts), 2):
    name2codepoint[_parts[_i]] = int(_parts[_i + 1], 16)
del _parts, _i

codepoint2name = {}
entitydefs = {}
for _name, _cp in name2codepoint.items():
    codepoint2name[_cp] = _name
    entitydefs[_name] = chr(_cp)

# Names HTML5 also recognises without the closing semicolon (the Latin-1 set and a few more).
_LEGACY = set(name for name, cp in name2codepoint.items() if 0xA0 <= cp <= 0xFF)
_LEGACY.update(["amp", "lt", "gt", "quot"])

_HTML5_EXTRA = {
    "apos;": "'", "AMP;": "&", "AMP": "&", "LT;": "<", "LT": "<", "GT;": ">", "GT": ">",
    "QUOT;": '"', "QUOT": '"', "COPY;": "\xa9", "COPY": "\xa9", "REG;": "\xae",
    "REG": "\xae", "Tab;": "\t", "NewLine;": "\n", "excl;": "!", "num;": "#",
    "dollar;": "$", "percnt;": "%", "lpar;": "(", "rpar;": ")", "ast;": "*", "plus;": "+",
    "comma;": ",", "period;": ".", "sol;": "/", "colon;": ":", "semi;": ";", "equals;": "=",
    "quest;": "?", "commat;": "@", "lsqb;": "[", "lbrack;": "[", "bsol;": "\\",
    "rsqb;": "]", "rbrack;": "]", "Hat;": "^", "lowbar;": "_", "grave;": "`", "lcub;": "{",
    "lbrace;": "{", "verbar;": "|", "vert;": "|", "VerticalLine;": "|", "rcub;": "}",
    "rbrace;": "}", "check;": "\u2713", "cross;": "\u2717", "star;": "\u2606",
    "starf;": "\u2605", "bigstar;": "\u2605", "phone;": "\u260e", "female;": "\u2640",
    "male;": "\u2642", "flat;": "\u266d", "natural;": "\u266e", "sharp;": "\u266f",
    "dash;": "\u2010", "hyphen;": "\u2010", "nbsp;": "\xa0", "NonBreakingSpace;": "\xa0",
    "centerdot;": "\xb7", "half;": "\xbd", "angst;": "\xc5", "laquo;": "\xab",
    "raquo;": "\xbb", "lsquor;": "\u201a", "ldquor;": "\u201e", "rightarrow;": "\u2192",
    "leftarrow;": "\u2190", "uparrow;": "\u2191", "downarrow;": "\u2193",
    "RightArrow;": "\u2192", "LeftArrow;": "\u2190", "trade;": "\u2122", "TRADE;": "\u2122",
    "hellip;": "\u2026", "mldr;": "\u2026", "bull;": "\u2022", "bullet;": "\u2022",
    "deg;": "\xb0", "times;": "\xd7", "div;": "\xf7", "ne;": "\u2260", "le;": "\u2264",
    "ge;": "\u2265", "infin;": "\u221e", "euro;": "\u20ac", "pound;": "\xa3",
    "yen;": "\xa5", "cent;": "\xa2", "sect;": "\xa7", "para;": "\xb6", "copy;": "\xa9",
    "reg;": "\xae", "lang;": "\u27e8", "rang;": "\u27e9",
}

html5 = {}
for _name, _cp in name2codepoint.items():
    html5[_name + ";"] = chr(_cp)
    if _name in _LEGACY:
        html5[_name] = chr(_cp)
for _k, _v in _HTML5_EXTRA.items():
    html5[_k] = _v
del _name, _cp, _k, _v
