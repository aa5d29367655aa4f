#!/usr/bin/env python3
"""Writes a hostile corpus: the seed articles next to every kind of input a scraper or CMS
export leaves behind (binary files, other encodings, broken front matter, special files,
links that loop, huge words and lines, thousands of counts in one sentence).

    make_corpus.py OUT_DIR --seeds DIR [--counts N] [--csv-lines N] [--big-line-mb N]

Every text is our own; the seeds are copied from DIR at run time, never committed. The
output is the same for the same arguments. Prints one line per input class that must be
named in the report: "<relative path>\t<error|warning|read>\t<words the reason contains>".
"""
import argparse
import os
import random
import shutil
import socket
import stat
import sys

ARTICLE = ("The two sides exchanged prisoners on Friday, officials said. "
           "Each side released 120 people in the swap, the ministry added.\n")


def write(path, data, mode="wb"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, mode) as f:
        f.write(data)


def front(fields, body=ARTICLE):
    return ("---\n" + fields + "---\n" + body).encode()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seeds", required=True)
    ap.add_argument("--counts", type=int, default=8000)
    ap.add_argument("--csv-lines", type=int, default=4000)
    ap.add_argument("--big-line-mb", type=float, default=0)
    a = ap.parse_args()
    out = a.out
    rnd = random.Random(7)
    expect = []

    def expect_line(rel, level, words):
        expect.append(f"{rel}\t{level}\t{words}")

    os.makedirs(os.path.join(out, "seeds"), exist_ok=True)
    for name in sorted(os.listdir(a.seeds)):
        if name.endswith(".txt"):
            shutil.copyfile(os.path.join(a.seeds, name), os.path.join(out, "seeds", name))

    bad = os.path.join(out, "bad")
    write(os.path.join(bad, "image.txt"), b"\x7fELF\x02\x01\x01" + bytes(600) + b"\x01\x02\x03 120 people")
    expect_line("bad/image.txt", "error", "binary file")
    utf16 = "".join(ch + "\0" for ch in ARTICLE).encode("latin-1")
    write(os.path.join(bad, "utf16-no-bom.txt"), utf16)
    expect_line("bad/utf16-no-bom.txt", "error", "UTF-16LE without a byte-order mark")
    write(os.path.join(bad, "unterminated.md"), b"---\nsource: Harbour Post\n" + ARTICLE.encode())
    expect_line("bad/unterminated.md", "error", "front matter is not closed")
    write(os.path.join(bad, "tab.md"), front("source: Harbour Post\n\tpublished: 2025-06-02\n"))
    expect_line("bad/tab.md", "error", "invalid YAML")
    os.symlink("loop.txt", os.path.join(bad, "loop.txt"))
    expect_line("bad/loop.txt", "error", "symbolic links")
    os.symlink("gone.txt", os.path.join(bad, "dangling.txt"))
    expect_line("bad/dangling.txt", "error", "No such file or directory")

    odd = os.path.join(out, "odd")
    write(os.path.join(odd, "utf16-bom.txt"), ARTICLE.encode("utf-16"))  # with its BOM
    expect_line("odd/utf16-bom.txt", "read", "")
    write(os.path.join(odd, "utf32-bom.txt"), ARTICLE.encode("utf-32"))
    expect_line("odd/utf32-bom.txt", "read", "")
    write(os.path.join(odd, "unknown-date.md"), front("source: Valley Times\npublished: unknown\n"))
    expect_line("odd/unknown-date.md", "warning", "published")
    write(os.path.join(odd, "impossible-date.md"), front("source: Valley Times\npublished: 2025-13-45\n"))
    expect_line("odd/impossible-date.md", "warning", "2025-13-45")
    write(os.path.join(odd, "hugo.md"),
          front("title: Swap\ndate: 2025-06-02\nauthor: A. Writer\ntags: [swap, prisoners]\ndraft: false\n"))
    expect_line("odd/hugo.md", "warning", "author")
    write(os.path.join(odd, "nul.txt"), ARTICLE.encode().replace(b"sides", b"si\0des"))
    expect_line("odd/nul.txt", "warning", "NUL byte")
    write(os.path.join(odd, "latin1.txt"), ARTICLE.encode().replace(b"ministry", b"minist\xe8re"))
    expect_line("odd/latin1.txt", "warning", "invalid UTF-8")
    write(os.path.join(odd, "crlf-bom.md"), b"\xef\xbb\xbf" + front("source: Coast Radio\npublished: 2025-06-03\n")
          .replace(b"\n", b"\r\n"))
    write(os.path.join(odd, "empty.txt"), b"")
    write(os.path.join(odd, "blank.txt"), b" \n\t\n\n")
    write(os.path.join(odd, "name with spaces \u00fc.txt"), ARTICLE.encode())
    write(os.path.join(odd, "huge-word.txt"), b"x" * (1 << 20) + b" 120 people.\n")
    write(os.path.join(odd, "deep.md"), (b"> " * 20000) + b"- " * 20000 + ARTICLE.encode())
    fifo = os.path.join(odd, "pipe.txt")
    os.mkfifo(fifo)
    expect_line("odd/pipe.txt", "warning", "FIFO")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(os.path.join(odd, "socket.txt"))
    sock.close()
    expect_line("odd/socket.txt", "warning", "socket")
    os.symlink(os.path.abspath(odd), os.path.join(odd, "back-to-odd"))  # not followed

    big = os.path.join(out, "big")
    counts = ", ".join(f"{rnd.randint(1, 999)} prisoners" for _ in range(a.counts))
    write(os.path.join(big, "counts.txt"), ("The two sides exchanged " + counts + ".\n").encode())
    lines = "\n".join(f"{i},{rnd.randint(1, 999)} prisoners,{rnd.randint(1, 99)} soldiers" for i in range(a.csv_lines))
    write(os.path.join(big, "table.txt"), (lines + "\n").encode())
    if a.big_line_mb > 0:
        words = ["the", "prisoners", "were", "released", "on", "Monday", "and", "soldiers", "said", "officials"]
        target = int(a.big_line_mb * (1 << 20))
        with open(os.path.join(big, "one-line.txt"), "w") as f:
            written = 0
            while written < target:
                chunk = " ".join(rnd.choice(words) for _ in range(20)) + f" {rnd.randint(1, 999)} prisoners. "
                f.write(chunk)
                written += len(chunk)

    locked = os.path.join(out, "locked")
    write(os.path.join(locked, "inside.txt"), ARTICLE.encode())
    os.chmod(locked, 0)
    expect_line("locked", "error-unless-root", "cannot read directory")
    write(os.path.join(out, "secret.txt"), ARTICLE.encode())
    os.chmod(os.path.join(out, "secret.txt"), 0)
    expect_line("secret.txt", "error-unless-root", "Permission denied")

    sys.stdout.write("\n".join(expect) + "\n")


if __name__ == "__main__":
    main()
