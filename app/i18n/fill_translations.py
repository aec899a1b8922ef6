#!/usr/bin/env python3
"""Fills doanfield_vi.ts from vi.tsv (English source TAB Vietnamese), after lupdate, and
the English plural forms of doanfield_en.ts ("%n result(s)" -> "1 result" / "2 results").

Keeping the translations in a flat table makes them easy to review; run this after
`cmake --build build/dev --target update_translations`. Prints sources still missing.
"""
import html
import pathlib
import re
import sys

here = pathlib.Path(__file__).parent
table = {}
for line in (here / "vi.tsv").read_text(encoding="utf-8").splitlines():
    if line.strip():
        src, dst = line.split("\t", 1)
        table[src] = dst

ts = here / "doanfield_vi.ts"
text = ts.read_text(encoding="utf-8")
missing = []


def fill(match):
    block = match.group(0)
    src = html.unescape(re.search(r"<source>(.*?)</source>", block, re.S).group(1))
    if src not in table:
        missing.append(src)
        return block
    dst = html.escape(table[src], quote=False)
    if "numerus=\"yes\"" in block:
        new = f"<translation>\n            <numerusform>{dst}</numerusform>\n        </translation>"
    else:
        new = f"<translation>{dst}</translation>"
    return re.sub(r"<translation[^>]*?(/>|>.*?</translation>)", new, block, flags=re.S)


text = re.sub(r"<message[^>]*>.*?</message>", fill, text, flags=re.S)
ts.write_text(text, encoding="utf-8")

# English needs only its plural messages: "(s)" becomes "" for one and "s" for many;
# "More than %n results" keeps its text.
def english(match):
    block = match.group(0)
    if 'numerus="yes"' not in block:
        return block
    src = html.unescape(re.search(r"<source>(.*?)</source>", block, re.S).group(1))
    one = html.escape(src.replace("(s)", ""), quote=False)
    many = html.escape(src.replace("(s)", "s"), quote=False)
    new = (f"<translation>\n            <numerusform>{one}</numerusform>\n"
           f"            <numerusform>{many}</numerusform>\n        </translation>")
    return re.sub(r"<translation[^>]*?(/>|>.*?</translation>)", new, block, flags=re.S)


en = here / "doanfield_en.ts"
en.write_text(re.sub(r"<message[^>]*>.*?</message>", english,
                     en.read_text(encoding="utf-8"), flags=re.S), encoding="utf-8")
for src in missing:
    print("missing:", src)
sys.exit(1 if missing else 0)
