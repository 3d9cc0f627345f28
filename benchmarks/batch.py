"""Batch throughput: pages per second and peak memory for ``cleaner -j N`` on a folder.

The 181 Scrapinghub pages are unpacked into a temporary folder; each run is a fresh process
(the command a user would type), timed wall-clock, with the peak RSS of the biggest process
it started. trafilatura's own command line does the same job in the same run
(``trafilatura --input-dir --output-dir --parallel N``), so the figures are side by side.

    python benchmarks/batch.py [--jobs 1,2] [--data DIR]
"""

from __future__ import annotations

import argparse
import gzip
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "benchmarks" / "scrapinghub"


def _run(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one command run in a child process."""
    wrapper = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        "dt = time.perf_counter() - t\n"
        "print(dt, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode)\n"
    )
    out = subprocess.run([sys.executable, "-c", wrapper, *cmd], capture_output=True, text=True, check=True)
    dt, rss, code = out.stdout.split()
    if code not in ("0", "1"):
        raise SystemExit(f"{cmd[0]} failed with exit code {code}")
    return float(dt), int(rss) / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--jobs", default="1,2")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        pages = Path(tmp) / "pages"
        pages.mkdir()
        for gz in sorted((args.data / "html").glob("*.html.gz")):
            (pages / gz.name[:-3]).write_bytes(gzip.decompress(gz.read_bytes()))
        n = len(list(pages.iterdir()))
        cleaner_bin = shutil.which("cleaner") or f"{sys.executable} -m cleaner"
        traf_bin = shutil.which("trafilatura")
        print(
            f"{n} pages, {sum(p.stat().st_size for p in pages.iterdir()) / 2**20:.1f} MiB of HTML, {os.cpu_count()} CPUs"
        )
        print(f"{'tool':<12} {'-j':>3} {'seconds':>8} {'pages/s':>8} {'peak RSS MiB':>13}")
        for j in (int(x) for x in args.jobs.split(",")):
            out = Path(tmp) / f"out-c{j}"
            dt, rss = _run([*cleaner_bin.split(), "-j", str(j), "-o", str(out), "-f", "json", str(pages)])
            print(f"{'cleaner':<12} {j:>3} {dt:8.2f} {n / dt:8.1f} {rss:13.0f}")
            if traf_bin:
                tout = Path(tmp) / f"out-t{j}"
                dt, rss = _run(
                    [
                        traf_bin,
                        "--input-dir",
                        str(pages),
                        "--output-dir",
                        str(tout),
                        "--parallel",
                        str(j),
                        "--json",
                    ]
                )
                print(f"{'trafilatura':<12} {j:>3} {dt:8.2f} {n / dt:8.1f} {rss:13.0f}")


if __name__ == "__main__":
    main()
