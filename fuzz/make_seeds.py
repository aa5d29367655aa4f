#!/usr/bin/env python3
"""Writes the seed corpus of every fuzz target into OUT/<target>/ from the repository's own
texts and data: fixtures and examples (documents, sentences, front matter, manifests), the
shipped rules, lexicon and facts, and the small hand-written seeds in fuzz/seeds/. Nothing
from outside the repository (no devset, no real articles). Files are named by content hash,
as libFuzzer names its corpus, so running it twice gives the same tree.

    fuzz/make_seeds.py OUT
"""
import hashlib
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
TEXT_DIRS = ["fixtures", "examples"]
GRAMMAR_FAMILIES = ["numbers", "counts", "dates", "durations", "superlatives", "roles", "measures",
                    "times", "places", "labels", "ages", "stages", "phrases"]
MAX_SENTENCE = 400


def files(patterns):
    out = []
    for pattern in patterns:
        out.extend(p for p in ROOT.glob(pattern) if p.is_file())
    return sorted(set(out))


def documents():
    return [p.read_bytes() for d in TEXT_DIRS for p in files([f"{d}/**/*.md", f"{d}/**/*.txt", f"{d}/**/*.html"])]


def front_matter(doc):
    m = re.match(rb"\A(?:\xef\xbb\xbf)?---\r?\n(.*?)\r?\n---\r?\n", doc, re.S)
    return m.group(1) if m else None


def sentences(doc):
    fm = re.match(rb"\A(?:\xef\xbb\xbf)?---\r?\n.*?\r?\n---\r?\n", doc, re.S)
    body = doc[fm.end():] if fm else doc
    out = []
    for line in body.splitlines():
        for s in re.split(rb"(?<=[.!?])\s+(?=[A-Z\"'])", line.strip()):
            s = s.strip(b" #*-")
            if 8 <= len(s) <= MAX_SENTENCE:
                out.append(s)
    return out


def write(out_dir, blobs):
    out_dir.mkdir(parents=True, exist_ok=True)
    for blob in blobs:
        (out_dir / hashlib.sha1(blob).hexdigest()).write_bytes(blob)
    return len(set(blobs))


def seeds():
    docs = documents()
    sentence_seeds = sorted({s for d in docs for s in sentences(d)})
    own = lambda target: [p.read_bytes() for p in files([f"fuzz/seeds/{target}/*"])]
    yaml = lambda patterns: [p.read_bytes() for p in files(patterns)]
    corpus = {
        "fuzz_document": docs,
        "fuzz_claims": docs + sentence_seeds,
        "fuzz_front_matter": [fm for fm in map(front_matter, docs) if fm is not None],
        "fuzz_manifest": yaml(["fixtures/**/crosscheck.yaml", "examples/**/crosscheck.yaml"]) + own("manifest"),
        "fuzz_rules": yaml(["rules/*.yaml", "domains/*/rules/*.yaml", "fixtures/rules-bad/**/*.yaml",
                            "fixtures/errors/rules-*/**/*.yaml"]),
        "fuzz_lexicon": yaml(["lexicon/*/*.yaml", "domains/*/lexicon/*.yaml", "fixtures/errors/lexicon-*/**/*.yaml"]),
        "fuzz_facts": yaml(["facts/*.yaml", "domains/*/facts/*.yaml"]),
        "fuzz_baseline": own("baseline"),
    }
    for family in GRAMMAR_FAMILIES:
        corpus[f"fuzz_grammar_{family}"] = sentence_seeds
    return corpus


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = pathlib.Path(sys.argv[1])
    for target, blobs in seeds().items():
        print(f"{target}: {write(out / target, blobs)} seeds")


if __name__ == "__main__":
    main()
