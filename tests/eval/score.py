#!/usr/bin/env python3
"""Score crosscheck's extraction and lint against the hand-annotated corpus in fixtures/eval.

Usage: score.py BIN [CORPUS_DIR] [--min-count-recall X] [--min-count-precision X]
                    [--min-date-recall X] [--min-date-precision X]
                    [--min-findings-precision X] [--min-findings-recall X]

Runs `BIN claims --format json` and `BIN lint --format json` once per story directory, matches
extracted claims to the annotations by overlapping source span and value, and prints per story
and overall recall/precision plus every miss and every false or wrong value. Exits 1 when a
floor given on the command line is not met, 2 on usage or input errors. Standard library only,
so the annotation files use a small YAML subset (see README.md) parsed here.
"""

import argparse
import json
import os
import subprocess
import sys

# --- the YAML subset of the annotation files -------------------------------------------------


def _strip_comment(line):
    quote = None
    for i, ch in enumerate(line):
        if quote:
            if ch == quote:
                quote = None
        elif ch in "\"'":
            quote = ch
        elif ch == "#" and (i == 0 or line[i - 1] in " \t"):
            return line[:i]
    return line


def _split_top(text, sep=","):
    """Split on sep outside quotes and brackets."""
    parts, depth, quote, cur = [], 0, None, []
    for ch in text:
        if quote:
            cur.append(ch)
            if ch == quote:
                quote = None
            continue
        if ch in "\"'":
            quote = ch
        elif ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
        elif ch == sep and depth == 0:
            parts.append("".join(cur))
            cur = []
            continue
        cur.append(ch)
    if "".join(cur).strip():
        parts.append("".join(cur))
    return [p.strip() for p in parts]


def _scalar(text):
    text = text.strip()
    if text.startswith("[") and text.endswith("]"):
        return [_scalar(p) for p in _split_top(text[1:-1])]
    if text.startswith("{") and text.endswith("}"):
        return _flow_map(text)
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        return text[1:-1]
    if text in ("null", "~", ""):
        return None
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return text


def _key_value(text):
    key, _, value = text.partition(":")
    return key.strip(), value.strip()


def _flow_map(text):
    out = {}
    for part in _split_top(text.strip()[1:-1]):
        key, value = _key_value(part)
        out[key] = _scalar(value)
    return out


def load_annotation(path):
    """Top-level keys holding flow lists, or block lists of flow maps / block maps."""
    doc, key, item = {}, None, None
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = _strip_comment(raw.rstrip("\n")).rstrip()
            if not line.strip():
                continue
            indent = len(line) - len(line.lstrip())
            body = line.strip()
            try:
                if indent == 0:
                    key, value = _key_value(body)
                    doc[key] = _scalar(value) if value else []
                    item = None
                elif body.startswith("- "):
                    rest = body[2:].strip()
                    if rest.startswith("{") or not (":" in rest and not rest.startswith(("'", '"'))):
                        doc[key].append(_scalar(rest))
                        item = None
                    else:
                        item = {}
                        k, v = _key_value(rest)
                        item[k] = _scalar(v)
                        doc[key].append(item)
                elif item is not None:
                    k, v = _key_value(body)
                    item[k] = _scalar(v)
                else:
                    raise ValueError("unexpected indentation")
            except (ValueError, KeyError, AttributeError) as err:
                raise SystemExit(f"{path}:{lineno}: cannot read annotation line ({err}): {raw.rstrip()}")
    return doc


# --- spans ------------------------------------------------------------------------------------


class Article:
    def __init__(self, path):
        self.path = path
        with open(path, "rb") as f:
            self.data = f.read()
        self.line_starts = [0]
        for i, b in enumerate(self.data):
            if b == 0x0A:
                self.line_starts.append(i + 1)

    def offset(self, line, column):
        return self.line_starts[line - 1] + column - 1

    def line_of(self, offset):
        lo, hi = 0, len(self.line_starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.line_starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo + 1

    def spans_of(self, text):
        needle = text.encode("utf-8")
        spans, start = [], 0
        while True:
            i = self.data.find(needle, start)
            if i < 0:
                return spans
            spans.append((i, i + len(needle)))
            start = i + 1


def as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


class Expected:
    """One annotated value placed in its article."""

    def __init__(self, kind, ann, span, article):
        self.kind, self.ann, self.span, self.article = kind, ann, span, article
        self.hit = None  # the claim that found it with the right value
        self.near = []  # claims that overlapped with another value

    def where(self):
        return f"{self.article.path}:{self.article.line_of(self.span[0])}"


def place(article, entries, kind, problems):
    """Give every annotation its span: the k-th entry with a text takes its k-th occurrence."""
    placed, seen = [], {}
    for ann in entries:
        text = ann["text"] if isinstance(ann, dict) else ann
        k = seen.get(text, 0)
        seen[text] = k + 1
        spans = article.spans_of(text)
        if k >= len(spans):
            problems.append(f"{article.path}: annotated text not found (occurrence {k + 1}): {text!r}")
            continue
        placed.append(Expected(kind, ann if isinstance(ann, dict) else {"text": ann}, spans[k], article))
    return placed


# --- matching ---------------------------------------------------------------------------------


def count_value_ok(claim, ann):
    value = claim.get("value")
    if isinstance(value, dict):  # qualified counts carry the number as written next to lo/hi
        if "value" in value:
            return value["value"] == ann["value"]
        return value.get("lo") == value.get("hi") == ann["value"]
    return value == ann["value"]


def date_value_ok(claim, ann):
    value = claim.get("value")
    want = str(ann["date"])
    if isinstance(value, dict):
        return value.get("from") == value.get("to") == want
    return value == want


# A generic property or an unspecified scope says less than the annotation but nothing false:
# it counts as right in the headline precision and is listed (and scored in the strict figure).
GENERIC = {"property": {"people", "count"}, "scope": {"unspecified"}}


def attrs_ok(claim, ann):
    """Property and scope as annotated (lists give acceptable alternatives).

    Returns (wrong, generic): attributes that contradict the annotation, and attributes that
    are merely less specific than it."""
    wrong, generic = [], []
    for attr in ("property", "scope"):
        want = as_list(ann.get(attr))
        got = claim.get(attr)
        if not want or got in want:
            continue
        # crosscheck writes a harmed group as "killed/children": either part may be annotated.
        if attr == "property" and isinstance(got, str) and "/" in got and any(p in want for p in got.split("/")):
            continue
        text = f"{attr} {got} (want {'/'.join(want)})"
        (generic if got in GENERIC[attr] else wrong).append(text)
    return wrong, generic


def show_value(claim):
    value = claim.get("value")
    if value is None:
        return "unresolved"
    return json.dumps(value, separators=(",", ":"))


class Tally:
    def __init__(self):
        self.n = {}
        self.lines = {}

    def add(self, key, n=1):
        self.n[key] = self.n.get(key, 0) + n

    def note(self, group, text):
        self.lines.setdefault(group, []).append(text)

    def merge(self, other):
        for k, v in other.n.items():
            self.add(k, v)

    def get(self, key):
        return self.n.get(key, 0)


def ratio(num, den):
    return None if den == 0 else num / den


def fmt(r):
    return "  n/a" if r is None else f"{100 * r:5.1f}%"


def score_kind(kind, claims, expected, neutral_spans, forbidden_spans, article, tally):
    """Match one article's claims of a kind ('count' or 'date') to its annotations."""
    value_ok = count_value_ok if kind == "count" else date_value_ok
    for claim in claims:
        span = (article.offset(claim["line"], claim["column"]),
                article.offset(claim["end_line"], claim["end_column"]))
        where = f"{article.path}:{claim['line']}:{claim['column']}"
        hits = [e for e in expected if overlaps(e.span, span)]
        right = [e for e in hits if value_ok(claim, e.ann)]
        free = [e for e in right if e.hit is None]
        if right:
            target = free[0] if free else right[0]
            if target.hit is not None:
                tally.add(f"{kind}_duplicate")
                continue
            target.hit = claim
            bad, generic = attrs_ok(claim, target.ann) if kind == "count" else ([], [])
            if bad:
                tally.add(f"{kind}_wrong")
                tally.note(f"{kind}: right value, wrong property/scope",
                           f"{where}: {claim['text']!r} {show_value(claim)}: " + ", ".join(bad + generic))
            elif generic:
                tally.add(f"{kind}_right")
                tally.add(f"{kind}_generic")
                tally.note(f"{kind}: right value, less specific property/scope (strict precision only)",
                           f"{where}: {claim['text']!r} {show_value(claim)}: " + ", ".join(generic))
            else:
                tally.add(f"{kind}_right")
                tally.add(f"{kind}_strict")
            want_q = as_list(target.ann.get("qualifier"))
            if kind == "count" and want_q and claim.get("qualifier") not in want_q:
                tally.note(f"{kind}: qualifier differs (not scored)",
                           f"{where}: {claim['text']!r} qualifier {claim.get('qualifier')} (want {'/'.join(want_q)})")
            continue
        if claim.get("value") is None and kind == "date":
            for e in hits:
                e.near.append(claim)
            tally.add("date_unresolved")
            continue
        if hits:
            for e in hits:
                e.near.append(claim)
            tally.add(f"{kind}_wrong")
            want = hits[0].ann.get("value", hits[0].ann.get("date"))
            tally.note(f"{kind}: wrong value", f"{where}: {claim['text']!r} got {show_value(claim)}, expected {want}")
            continue
        if any(overlaps(s, span) for s in forbidden_spans):
            tally.add(f"{kind}_false")
            tally.note(f"{kind}: must not be extracted",
                       f"{where}: {claim['text']!r} got {show_value(claim)} ({claim.get('property')})")
            continue
        if any(overlaps(s, span) for s in neutral_spans):
            tally.add(f"{kind}_neutral")
            continue
        tally.add(f"{kind}_false")
        tally.note(f"{kind}: matches no annotation",
                   f"{where}: {claim['text']!r} got {show_value(claim)} ({claim.get('property')}, {claim.get('scope')})")
    for e in expected:
        tally.add(f"{kind}_expected")
        if e.hit is not None:
            tally.add(f"{kind}_recalled")
            continue
        want = e.ann.get("value", e.ann.get("date"))
        got = "; ".join(f"{c['text']!r} {show_value(c)}" for c in e.near) or "nothing"
        tally.note(f"{kind}: missed", f"{e.where()}: {e.ann['text']!r} expected {want}, got {got}")


def run_json(cmd):
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} exited {proc.returncode}:\n{proc.stderr}")
    return json.loads(proc.stdout)


def finding_value(claim):
    value = claim.get("value")
    return value.get("value") if isinstance(value, dict) else value


def score_findings(story_dir, findings, tally):
    path = os.path.join(story_dir, "findings.expected.yaml")
    expected = load_annotation(path).get("findings", []) if os.path.exists(path) else []
    matched = [False] * len(expected)
    for f in findings:
        if f.get("level") not in ("error", "warning"):
            continue
        files = [os.path.basename(loc["path"]) for loc in f.get("locations", [])]
        primary = files[0] if files else ""
        tally.add("findings_reported")
        ok = False
        values = [finding_value(loc.get("claim", {})) for loc in f.get("locations", [])]
        for i, exp in enumerate(expected):
            want = as_list(exp.get("files"))
            want_values = as_list(exp.get("values"))
            if want_values and not all(v in want_values for v in values):
                continue
            if f.get("kind") == exp.get("kind") and (primary in want or any(x in want for x in files)):
                matched[i] = True
                ok = True
        loc = f["locations"][0] if f.get("locations") else {}
        where = f"{loc.get('path', story_dir)}:{loc.get('line', 0)}"
        if ok:
            tally.add("findings_right")
        else:
            tally.note("findings: not an editor's finding",
                       f"{where}: [{f.get('kind')}] {f.get('message')} (files: {', '.join(files)})")
    for i, exp in enumerate(expected):
        tally.add("findings_expected")
        if matched[i]:
            tally.add("findings_recalled")
        else:
            tally.note("findings: missed",
                       f"{story_dir}: [{exp.get('kind')}] {', '.join(as_list(exp.get('files')))}: {exp.get('note', '')}")


def score_story(binary, story_dir, problems):
    tally = Tally()
    claims = run_json([binary, "claims", "--format", "json", story_dir]).get("claims", [])
    lint = run_json([binary, "lint", "--format", "json", story_dir])
    by_path = {}
    for c in claims:
        by_path.setdefault(os.path.abspath(c["path"]), []).append(c)
    for name in sorted(os.listdir(story_dir)):
        if not name.endswith((".md", ".txt")):
            continue
        path = os.path.join(story_dir, name)
        ann_path = os.path.splitext(path)[0] + ".expected.yaml"
        if not os.path.exists(ann_path):
            problems.append(f"{path}: no annotation file {ann_path}")
            continue
        ann = load_annotation(ann_path)
        article = Article(path)
        mine = by_path.get(os.path.abspath(path), [])
        counts = place(article, ann.get("counts", []), "count", problems)
        dates = place(article, ann.get("dates", []), "date", problems)
        neutral_c = [e.span for e in place(article, as_list(ann.get("other_counts")), "n", problems)]
        forbidden = [e.span for e in place(article, as_list(ann.get("not_counts")), "n", problems)]
        neutral_d = [e.span for e in place(article, as_list(ann.get("other_dates")), "n", problems)]
        score_kind("count", [c for c in mine if c.get("kind") == "count"], counts, neutral_c, forbidden,
                   article, tally)
        score_kind("date", [c for c in mine if c.get("kind") == "date"], dates, neutral_d, [], article, tally)
    score_findings(story_dir, lint.get("findings", []), tally)
    return tally


METRICS = [
    ("count recall", "count_recalled", "count_expected"),
    ("count precision", "count_right", ("count_right", "count_wrong", "count_false")),
    ("count strict precision", "count_strict", ("count_right", "count_wrong", "count_false")),
    ("date recall", "date_recalled", "date_expected"),
    ("date precision", "date_right", ("date_right", "date_wrong", "date_false")),
    ("findings precision", "findings_right", "findings_reported"),
    ("findings recall", "findings_recalled", "findings_expected"),
]


def metric(tally, num, den):
    dens = den if isinstance(den, tuple) else (den,)
    d = sum(tally.get(k) for k in dens)
    return tally.get(num), d, ratio(tally.get(num), d)


def print_tally(title, tally, details):
    print(f"== {title}")
    for name, num, den in METRICS:
        n, d, r = metric(tally, num, den)
        print(f"   {name:<22} {fmt(r)}  ({n}/{d})")
    extra = {k: tally.get(k) for k in ("count_generic", "count_duplicate", "count_neutral", "date_neutral",
                                       "date_unresolved")}
    print("   " + ", ".join(f"{k}={v}" for k, v in extra.items()))
    if details:
        for group in sorted(tally.lines):
            print(f"   -- {group} ({len(tally.lines[group])})")
            for line in tally.lines[group]:
                print(f"      {line}")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_corpus = os.path.normpath(os.path.join(here, "..", "..", "fixtures", "eval"))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("binary")
    ap.add_argument("corpus", nargs="?", default=default_corpus)
    ap.add_argument("--quiet", action="store_true", help="numbers only, no per-claim lists")
    floors = {}
    for name, _, _ in METRICS:
        flag = "--min-" + name.replace(" ", "-")
        ap.add_argument(flag, type=float, metavar="X", help=f"exit 1 when {name} is below X (0..1)")
        floors[name] = flag[2:].replace("-", "_")
    args = ap.parse_args()
    if not os.path.isdir(args.corpus):
        print(f"score.py: not a directory: {args.corpus}", file=sys.stderr)
        return 2
    stories = sorted(d for d in os.listdir(args.corpus) if os.path.isdir(os.path.join(args.corpus, d)))
    problems, total = [], Tally()
    for story in stories:
        tally = score_story(args.binary, os.path.join(args.corpus, story), problems)
        print_tally(story, tally, not args.quiet)
        total.merge(tally)
    print_tally(f"overall ({len(stories)} stories)", total, False)
    for p in problems:
        print(f"annotation problem: {p}", file=sys.stderr)
    failed = []
    for name, num, den in METRICS:
        floor = getattr(args, floors[name])
        r = metric(total, num, den)[2]
        if floor is not None and (r is None or r < floor):
            failed.append(f"{name} {fmt(r).strip()} < {100 * floor:.1f}%")
    if failed:
        print("below floor: " + "; ".join(failed), file=sys.stderr)
        return 1
    return 2 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
