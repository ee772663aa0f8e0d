"""The benchmark corpus: the shared bulk archives unpacked once into a scratch folder, and a fixed,
seeded mix of their files for each archive size.

Nothing is ever unpacked into the repository. The unpacked files are kept between runs (a marker
file per archive says the unpacking finished), so only the first run pays for `tar`.
"""

from __future__ import annotations

import os
import random
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = 20261121

# (archive stem, glob inside it, share of the mix). Shares sum to 1; the sizes of the sources
# allow a 30,000-document mix without repeating a file.
SOURCES: tuple[tuple[str, str, float], ...] = (
    ("press-releases-14k", "*.txt", 0.40),  # Australian press releases, text from PDFs
    ("us-senate-72k", "raw/*/*.txt", 0.33),  # scraped Senate releases, navigation debris
    ("un-general-debates-11k", "*.txt", 0.20),  # long UN speeches
    ("us-white-house-2k", "*.html", 0.07),  # HTML pages: trafilatura runs on these
)


def shared_dir() -> Path:
    return Path(os.environ.get("ADVOCACY_SHARED", REPO.parent / "shared"))


def default_scratch() -> Path:
    return Path(tempfile.gettempdir()) / "advocacy-archive-bench"


def check_scratch(scratch: Path) -> Path:
    scratch = scratch.expanduser().resolve()
    if scratch == REPO or REPO in scratch.parents:
        raise SystemExit(f"--scratch must be outside the repository ({REPO})")
    scratch.mkdir(parents=True, exist_ok=True)
    return scratch


def unpack(scratch: Path) -> Path:
    """Unpack every bulk archive the mix needs into scratch/corpus (once); returns that folder."""
    bulk = shared_dir() / "corpus" / "bulk"
    target = scratch / "corpus"
    target.mkdir(parents=True, exist_ok=True)
    for stem, _, _ in SOURCES:
        marker = target / f".{stem}.unpacked"
        if marker.exists():
            continue
        archive = bulk / f"{stem}.tar.xz"
        if not archive.is_file():
            raise SystemExit(f"missing {archive}; set ADVOCACY_SHARED to the shared folder")
        print(f"unpacking {archive.name} into {target} (once) …", flush=True)
        subprocess.run(["tar", "xJf", str(archive), "-C", str(target)], check=True)
        marker.touch()
    return target


@dataclass(frozen=True)
class Mix:
    """The files of one benchmark archive, in import order, and their total size."""

    paths: tuple[Path, ...]
    bytes: int
    copies: bool  # True when files had to be repeated (with a varied suffix) to reach the size


def _shuffled(folder: Path, pattern: str, seed: int) -> list[Path]:
    files = sorted(folder.glob(pattern))
    random.Random(seed).shuffle(files)
    return files


def mix(corpus: Path, n: int, *, copies_dir: Path | None = None) -> Mix:
    """The first n of a fixed seeded order: a 1,000 mix is part of the 10,000 mix, and so on.
    Past what the sources hold, files are copied with a varied suffix into `copies_dir`."""
    chosen: list[Path] = []
    extra = False
    for i, (stem, pattern, share) in enumerate(SOURCES):
        want = round(n * share) if i < len(SOURCES) - 1 else n - len(chosen)
        files = _shuffled(corpus / stem, pattern, SEED + i)
        if want > len(files):
            if copies_dir is None:
                raise SystemExit(f"{stem} holds {len(files)} files, the mix needs {want}")
            files = files + _copies(files, want - len(files), copies_dir / stem)
            extra = True
        chosen.extend(files[:want])
    random.Random(SEED).shuffle(chosen)
    return Mix(paths=tuple(chosen), bytes=sum(p.stat().st_size for p in chosen), copies=extra)


def _copies(files: list[Path], count: int, folder: Path) -> list[Path]:
    """Copies of `files` whose text differs by a trailing line, so duplicate detection keeps them."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for k in range(count):
        source = files[k % len(files)]
        copy = folder / f"{source.stem}-copy{k // len(files) + 1}{source.suffix}"
        if not copy.exists():
            copy.write_bytes(_varied(source.read_bytes(), source.suffix, k // len(files) + 1))
        out.append(copy)
    return out


def _varied(data: bytes, suffix: str, number: int) -> bytes:
    """The file with one closing sentence added (inside <body> for HTML, where readers look)."""
    line = f"Copy {number} for the scale benchmark."
    if suffix.lower() in (".html", ".htm") and b"</body>" in data:
        return data.replace(b"</body>", f"<p>{line}</p></body>".encode(), 1)
    return data + f"\n\n{line}\n".encode()
