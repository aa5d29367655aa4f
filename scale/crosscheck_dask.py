#!/usr/bin/python3
"""Run crosscheck on a Dask cluster: extraction as tasks over shards of a corpus, the claims
shuffled by event type, `crosscheck check` per group on the workers, findings merged in
crosscheck's own order.

    scale/crosscheck_dask.py CORPUS... [--workers N | --scheduler ADDR] [--shards N]
                             [--binary PATH] [--files-from LIST] [-o FINDINGS.json]
                             [--check-arg ARG]...

The stages (docs/scale.md says what each costs):
  1. list    `crosscheck extract --list` names the files `lint` would read, in its order.
  2. map     each shard of files is extracted on a worker (`crosscheck extract --root ROOT
             --files-from -`): a claims stream, JSON Lines.
  3. shuffle each stream is split by the event types its documents mention: a document goes
             whole (its record and all its claims) to every type it mentions, so event
             resolution inside a group sees everything about events of that type.
  4. reduce `crosscheck check --claims -` per group, on the workers. A group keeps the
             findings about events of its own type; one more group, the whole corpus, keeps the
             findings that name no event (ages, roles, calendars across stories) and the input
             diagnostics.
  5. merge   the kept findings, sorted as crosscheck sorts them (path, line, column, rule,
             message, fingerprint), written as JSON: {"findings": [...], "diagnostics": [...]}.

Workers run the binary and read the corpus at the same paths as the driver, from the same
working directory (the paths in findings are the paths as given, as with `lint`).
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time

WHOLE_CORPUS = "*"  # the group holding every document, for findings about no event
NO_EVENT_TYPE = "-"  # the group of documents that mention no event


def run_binary(binary, args, cwd, stdin=b""):
    done = subprocess.run([binary] + args, input=stdin, capture_output=True, cwd=cwd)
    # 2 with output: some inputs could not be read; they are named in the stream or report
    if done.returncode not in (0, 1, 2) or (done.returncode == 2 and not done.stdout):
        raise RuntimeError(f"{binary} {' '.join(args[:3])}... exited {done.returncode}: "
                           f"{done.stderr.decode(errors='replace')[-2000:]}")
    return done.stdout


def extract_shard(binary, cwd, root, files, extra):
    listing = "".join(f + "\n" for f in files).encode()
    return run_binary(binary, ["extract", "-q", "--root", root, "--files-from", "-"] + extra, cwd, listing)


# A record's kind, then (documents and claims) its path: the first fields of every line, so a
# claim is routed without parsing it.
RECORD_START = re.compile(rb'\{"record":"(\w+)"(?:,"path":("(?:[^"\\]|\\.)*"))?')


def split_by_event_type(stream):
    """Records of one shard's stream, by group. Every group gets the header."""
    groups = {WHOLE_CORPUS: []}
    header = None
    names = [NO_EVENT_TYPE]
    for line in stream.splitlines(keepends=True):
        start = RECORD_START.match(line)
        if not start:
            raise ValueError(f"not a claims stream record: {line[:80]!r}")
        kind = start.group(1)
        if kind == b"header":
            header = line
            continue
        groups[WHOLE_CORPUS].append(line)
        if kind == b"document":
            # a document's claims follow its record (extract writes them so)
            names = json.loads(line)["event_types"] or [NO_EVENT_TYPE]
        elif kind != b"claim":
            continue  # errors and warnings: reported once, by the whole-corpus group
        for name in names:
            groups.setdefault(name, []).append(line)
    return {name: b"".join(([header] if header else []) + lines) for name, lines in groups.items()}


def pick(groups, name):
    return groups.get(name, b"")


DOCUMENT_RECORD = b'{"record":"document"'


def documents_by_group(groups):
    """How many documents each group of one shard holds."""
    return {name: sum(1 for line in data.splitlines() if line.startswith(DOCUMENT_RECORD))
            for name, data in groups.items()}


def event_type_of(finding):
    return finding["event"].split("@", 1)[0] if finding["event"] else ""


def check_group(binary, cwd, name, extra, also, *pieces):
    """`check` over one group's pieces. The whole-corpus group also keeps the findings of the
    types in `also`: groups that hold every document, the same input, checked once."""
    # each piece starts with its shard's header; check reads any number of them
    with tempfile.NamedTemporaryFile(suffix=".jsonl") as claims:
        for piece in pieces:
            claims.write(piece)
        claims.flush()
        report = json.loads(run_binary(binary, ["check", "--claims", claims.name, "--format", "json"] + extra, cwd))
    if name == WHOLE_CORPUS:
        findings = [f for f in report["findings"] if not f["event"] or event_type_of(f) in also]
        return findings, report.get("diagnostics", [])
    return [f for f in report["findings"] if f["event"] and event_type_of(f) == name], []


def finding_key(f):
    where = f["locations"][0] if f["locations"] else {"path": "", "line": 0, "column": 0}
    return (where["path"], where["line"], where["column"], f["rule"], f["message"], f["fingerprint"])


def shards_of(files, count):
    if not files:
        return []
    count = max(1, min(count, len(files)))
    size = -(-len(files) // count)
    return [files[i:i + size] for i in range(0, len(files), size)]


def run(client, binary, paths, cwd, shards, extra_extract, extra_check, files_from=None):
    listing_args = ["extract", "--list"] + list(paths)
    if files_from:
        listing_args += ["--files-from", files_from]
    clock = time.monotonic()
    seconds = {}

    def lap(stage):
        nonlocal clock
        now = time.monotonic()
        seconds[stage] = round(now - clock, 3)
        clock = now

    # the walk: its file records to shard, the rest (header, the walk's problems) a stream
    # of its own for the whole-corpus group
    walk, files = [], []
    for line in run_binary(binary, listing_args, cwd).splitlines(keepends=True):
        record = json.loads(line)
        if record["record"] == "file":
            files.append(record["path"])
        else:
            walk.append(line)
            if record["record"] == "header":
                root = record["root"]
    walk = b"".join(walk)
    lap("list")
    streams = [client.submit(extract_shard, binary, cwd, root, shard, extra_extract, pure=False)
               for shard in shards_of(files, shards)]
    client.gather(client.submit(lambda *s: None, *streams))
    lap("extract")
    split = [client.submit(split_by_event_type, s) for s in streams + [walk]]
    documents = {}
    for counts in client.gather([client.submit(documents_by_group, s) for s in split]):
        for name, n in counts.items():
            documents[name] = documents.get(name, 0) + n
    names = sorted(documents)
    # A type every document mentions (one kind of story) has the whole corpus's input: the
    # whole-corpus group's check finds its findings too, and it is not checked again.
    whole = {name for name in names if name != WHOLE_CORPUS and documents[name] == documents[WHOLE_CORPUS]}
    lap("shuffle")
    checked = [client.submit(check_group, binary, cwd, name, extra_check, whole if name == WHOLE_CORPUS else set(),
                             *[client.submit(pick, s, name) for s in split], pure=False)
               for name in names if name not in whole]
    findings, diagnostics = [], []
    for found, notes in client.gather(checked):
        findings += found
        diagnostics += notes
    lap("check")
    findings.sort(key=finding_key)
    lap("merge")
    return {"files": len(files), "groups": names, "checked_with_whole_corpus": sorted(whole),
            "seconds": seconds, "findings": findings,
            "diagnostics": diagnostics}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", help="corpus files and directories")
    parser.add_argument("--files-from", help="more paths, one per line (an object-store listing)")
    parser.add_argument("--binary", default=os.environ.get("CROSSCHECK", "build/crosscheck"))
    parser.add_argument("--scheduler", help="address of a running Dask scheduler (tcp://host:8786)")
    parser.add_argument("--workers", type=int, default=2, help="local worker processes when no --scheduler")
    parser.add_argument("--shards", type=int, default=0, help="extraction tasks (default: 4 per worker)")
    parser.add_argument("--extract-arg", action="append", default=[],
                        help="an argument for every extract (--domain X, --lexicon DIR)")
    parser.add_argument("--check-arg", action="append", default=[],
                        help="an argument for every check (--domain X, --rules DIR, --facts FILE)")
    parser.add_argument("-o", "--output", help="write the findings here (default: standard output)")
    args = parser.parse_args(argv)
    if not args.paths and not args.files_from:
        parser.error("no PATH given")
    from distributed import Client, LocalCluster

    binary = os.path.abspath(args.binary)
    cwd = os.getcwd()
    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
    try:
        workers = max(1, len(client.scheduler_info()["workers"]))
        result = run(client, binary, args.paths, cwd, args.shards or 4 * workers,
                     args.extract_arg, args.check_arg, args.files_from)
    finally:
        client.close()
        if cluster:
            cluster.close()
    text = json.dumps(result, indent=2, ensure_ascii=False) + "\n"
    if args.output:
        tmp = args.output + ".tmp"
        with open(tmp, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(tmp, args.output)
    else:
        sys.stdout.write(text)
    stages = ", ".join(f"{k} {v:.1f} s" for k, v in result["seconds"].items())
    print(f"crosscheck_dask: {result['files']} files, {len(result['groups'])} groups, "
          f"{len(result['findings'])} findings ({stages})", file=sys.stderr)


if __name__ == "__main__":
    main()
