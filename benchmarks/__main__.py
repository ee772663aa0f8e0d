"""`python -m benchmarks`: import, search, keystroke, start and memory figures at several archive
sizes, each beside SQLite FTS5 on the same texts in the same run.

Every phase runs in a fresh process (see phases.py). Archives, the unpacked corpus and settings go
to a scratch folder outside the repository (default: $TMPDIR/advocacy-archive-bench).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks import corpus, dossier, report, tantivy_peer
from benchmarks.corpus import REPO

FULL_SIZES = [1000, 10000, 30000]
QUICK_SIZES = [1000, 5000]
PHASES = ("import", "search", "dossier", "similar", "keystroke", "start")


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    p.add_argument(
        "--quick", action="store_true", help="1,000 and 5,000 documents only (about 4 minutes on 2 cores)"
    )
    p.add_argument(
        "--sizes",
        help="comma-separated archive sizes (default 1000,10000,30000); "
        "past ~30,000, files are repeated with a varied suffix, and the table says so",
    )
    p.add_argument(
        "--scratch",
        type=Path,
        default=corpus.default_scratch(),
        help="work folder outside the repository (default: %(default)s)",
    )
    p.add_argument(
        "--only", default=",".join(PHASES), help=f"phases to run (default: all of {','.join(PHASES)})"
    )
    p.add_argument(
        "--reuse",
        action="store_true",
        help="skip the import and use the archives a previous run left in --scratch",
    )
    p.add_argument("--jobs", type=int, default=0, help="import worker processes (default: the importer's)")
    p.add_argument("--save", type=Path, metavar="FILE.md", help="also write the table to FILE.md")
    return p.parse_args()


def phase(name: str, args: dict, env: dict | None = None) -> dict:
    """Run one phase in a fresh interpreter; its last line of output is JSON."""
    cmd = [sys.executable, "-m", "benchmarks.phases", name, json.dumps(args)]
    done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, env=env)
    if done.returncode != 0:
        sys.stderr.write(done.stderr[-4000:])
        raise SystemExit(f"phase {name} failed (exit {done.returncode})")
    return json.loads(done.stdout.strip().splitlines()[-1])


def gui_env(scratch: Path) -> dict:
    """Offscreen, and the app's own settings and logs kept inside the scratch folder."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        env[name] = str(scratch / "home")
    return env


def run_dossier(n: int, scratch: Path, opts: argparse.Namespace, only: set[str]) -> dict:
    """Dossier and tracked-demand timings of the size's archive (benchmarks/dossier.py)."""
    folder = scratch / "archives" / str(n)
    if "dossier" in only:
        print(f"[{n:,}] dossiers and grouped demands …", flush=True)
        found = phase("dossier", {"archive": str(folder / "archive")})
        (folder / "dossier.json").write_text(json.dumps(found))
        return found
    if opts.reuse and (folder / "dossier.json").exists():
        return json.loads((folder / "dossier.json").read_text())
    return {}


def run_size(n: int, scratch: Path, src: Path, opts: argparse.Namespace, only: set[str]) -> tuple[dict, dict]:
    folder = scratch / "archives" / str(n)
    archive, fts, peer = folder / "archive", folder / "fts5.sqlite", folder / "tantivy"
    imp: dict = {}
    if "import" in only and not opts.reuse:
        mix = corpus.mix(src, n, copies_dir=scratch / "copies")
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        listing = folder / "files.txt"
        listing.write_text("\n".join(map(str, mix.paths)))
        print(
            f"[{n:,}] importing {len(mix.paths):,} files ({mix.bytes / 2**20:.0f} MB)"
            f"{' — with repeated copies' if mix.copies else ''} …",
            flush=True,
        )
        args = {"list": str(listing), "archive": str(archive), "fts": str(fts), "tantivy": str(peer)}
        args["jobs"] = opts.jobs
        imp = phase("import", args)
        imp.update(input_mb=mix.bytes / 2**20, copies=mix.copies)
        (folder / "import.json").write_text(json.dumps(imp))
        print(f"[{n:,}] import {imp['seconds']:.1f} s, outcomes {imp['outcomes']}", flush=True)
    elif (folder / "import.json").exists():
        imp = json.loads((folder / "import.json").read_text())
    sea: dict = {}
    if "search" in only:
        print(f"[{n:,}] searching …", flush=True)
        sea = phase("search", {"archive": str(archive), "fts": str(fts), "tantivy": str(peer)})
        (folder / "search.json").write_text(json.dumps(sea))
    elif opts.reuse and (folder / "search.json").exists():
        sea = json.loads((folder / "search.json").read_text())
    return imp, sea


def run_similar(n: int, scratch: Path) -> list[str]:
    """More like this on the largest archive (benchmarks/similar.py)."""
    from benchmarks import similar

    archive = scratch / "archives" / str(n) / "archive"
    print(f"[{n:,}] more like this …", flush=True)
    return similar.lines(n, phase("similar", {"archive": str(archive)}))


def run_window(n: int, scratch: Path, only: set[str]) -> list[str]:
    archive = scratch / "archives" / str(n) / "archive"
    env, settings = gui_env(scratch), str(scratch / "home" / "bench-settings.ini")
    lines = []
    if "keystroke" in only:
        print(f"[{n:,}] keystrokes in the window …", flush=True)
        k = phase("keystroke", {"archive": str(archive), "settings": settings}, env)
        lines.append(
            f"| keystroke (Enter) → results drawn, real window, page of {k['page_size']} | "
            f"median {k['enter_median']:.0f} ms, p95 {report.p95(k['enter_ms']):.0f} ms | "
            f"{report.TARGETS['keystroke']} |"
        )
        lines.append(
            f"| last character typed → results drawn (includes the 250 ms debounce) | "
            f"median {k['typed_median']:.0f} ms | |"
        )
    if "start" in only:
        print(f"[{n:,}] cold starts …", flush=True)
        lines += start_lines(archive, scratch, env, settings)
    return lines


def start_lines(archive: Path, scratch: Path, env: dict, settings: str) -> list[str]:
    """Fresh process to a window showing results (median of 3), and the CLI screenshot run."""
    starts, pythons = [], []
    for _ in range(3):
        t0 = time.time()
        out = phase("start", {"archive": str(archive), "settings": settings}, env)
        if not out["rows"]:
            raise SystemExit("the window showed no results after starting")
        starts.append(out["stamps"]["window_ready"] - t0)
        pythons.append(out["stamps"]["python_ready"] - t0)
    shot = scratch / "home" / "start.png"
    t0 = time.perf_counter()
    done = subprocess.run(
        [
            str(Path(sys.executable).with_name("advocacy-archive")),
            "--archive",
            str(archive),
            "--screenshot",
            str(shot),
        ],
        env=env,
        capture_output=True,
    )
    cli = time.perf_counter() - t0
    status = "" if done.returncode == 0 else f" (exit status {done.returncode}: crashed on the way out)"
    return [
        f"| cold start → window showing results (fresh process, median of 3) | "
        f"{statistics.median(starts):.2f} s (interpreter start {statistics.median(pythons):.2f} s) | "
        f"{report.TARGETS['start']} |",
        f"| `advocacy-archive --screenshot` whole run (also opens the first result, renders a PNG) | "
        f"{cli:.2f} s{status} | |",
    ]


def main() -> None:
    opts = parse_args()
    sizes = QUICK_SIZES if opts.quick else FULL_SIZES
    if opts.sizes:
        sizes = [int(s) for s in opts.sizes.split(",")]
    only = set(opts.only.split(","))
    scratch = corpus.check_scratch(opts.scratch)
    started = time.perf_counter()
    src = corpus.unpack(scratch)
    imports, searches, dossiers = {}, {}, {}
    for n in sizes:
        imports[n], searches[n] = run_size(n, scratch, src, opts, only)
        dossiers[n] = run_dossier(n, scratch, opts, only)
    window = run_window(sizes[-1], scratch, only) if only & {"keystroke", "start"} else []
    similar = run_similar(sizes[-1], scratch) if "similar" in only else []
    lines = render(
        sizes,
        {n: v for n, v in imports.items() if v},
        {n: v for n, v in searches.items() if v},
        window,
        time.perf_counter() - started,
        {n: v for n, v in dossiers.items() if v},
        similar,
    )
    print("\n".join(lines))
    if opts.save:
        opts.save.write_text("\n".join(lines) + "\n")


def render(
    sizes: list[int],
    imports: dict,
    searches: dict,
    window: list[str],
    seconds: float,
    dossiers: dict | None = None,
    similar: list[str] | None = None,
) -> list[str]:
    lines = [f"Advocacy Archive benchmark, {dt.date.today().isoformat()}", ""]
    lines += [f"Machine: {report.machine()}", ""]
    mixed = ", ".join(f"{stem} {share:.0%}" for stem, _, share in corpus.SOURCES)
    lines.append(f"Documents: a fixed seeded mix ({mixed}); each size is a fresh archive.")
    if any(v.get("copies") for v in imports.values()):
        lines.append("Sizes past what the sources hold repeat files with a varied suffix.")
    lines += [""] + report.size_table(sizes, imports, searches)
    lines += ["", "Overall search figures leave out fuzzy terms, which FTS5 cannot ask (see the kinds)."]
    if sizes[-1] in searches:
        last = searches[sizes[-1]]
        lines += ["", f"Search latency by kind of query at {sizes[-1]:,} documents (ms):", ""]
        lines += report.kinds_table(last)
        if "tantivy_ms" not in last:
            lines += ["", tantivy_peer.MISSING + "."]
        agreeing = report.agreement_table(last)
        if agreeing:
            lines += [
                "",
                f"Agreement by kind of query at {sizes[-1]:,} documents: median ratio of the result",
            ]
            lines += [
                "counts, share of queries whose counts are within 10 %, mean overlap of the first 20:",
                "",
            ]
            lines += agreeing
        worst = report.disagreement_table(last)
        if worst:
            lines += [
                "",
                f"The queries ours and tantivy disagree on most at {sizes[-1]:,} documents (counts):",
                "",
            ]
            lines += worst
    if dossiers:
        lines += ["", "Dossiers and tracked demands (fresh process; first open, then the median of 3):", ""]
        lines += dossier.lines(sizes, dossiers)
    if window:
        lines += ["", f"The window, at {sizes[-1]:,} documents:", ""]
        lines += ["| figure | value | target |", "|---|---|---|"]
        lines += window
    if similar:
        lines += ["", f"More like this, at {sizes[-1]:,} documents:", ""]
        lines += ["| figure | value | target |", "|---|---|---|"]
        lines += similar
    lines += ["", f"Benchmark wall time: {seconds / 60:.1f} min."]
    return lines


if __name__ == "__main__":
    main()
