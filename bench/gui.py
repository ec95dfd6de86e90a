"""Benchmark of the desktop client on a demo database (issue 3, targets).

    .venv/bin/python bench/gui.py [--cases 100000] [--seed 1] [--repeat 5]

Runs each measurement in a fresh process (``gui_child.py``) under the current Qt platform (use
``QT_QPA_PLATFORM=offscreen`` or Xvfb), alternating with the baseline: a bare PySide6 window
showing a 200-row table. Measures, from process start as seen by this parent:
- cold start to the main window with the first page of the case list painted (× the bare window),
  as ``ui.app`` starts on a database at the current schema: painted from plain ``sqlite3`` reads,
  SQLAlchemy and the services loading behind it (``services_loaded_after_paint``); the measurements
  of use below start once they have loaded;
- typing a search: from the last keystroke to the repaint, and from the query's start (after the
  debounce) to the repaint, p95 over several searches;
- the longest GUI-thread stall (a 2 ms heartbeat's worst gap) while scrolling the whole list and
  opening 50 cases one after another;
- resident memory after that (× the bare window after showing its table).
Also measured: the "floor", the bare window after importing SQLAlchemy's ORM, to show how much of
the start and the memory is the ORM's import alone.
Ends with one line of JSON.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Results, demo_database, p95  # noqa: E402

CHILD = Path(__file__).resolve().parent / "gui_child.py"
TARGET_START_RATIO, TARGET_SEARCH_MS, TARGET_STALL_MS, TARGET_RSS_RATIO = 2.0, 100.0, 50.0, 2.0


def compile_sources() -> None:
    """Byte-compile the application as an installation has it (PyInstaller ships ``.pyc``; a
    Python that may write them caches them at the first start): with ``PYTHONDONTWRITEBYTECODE``
    set, as on some machines, every start would otherwise compile each of the client's modules
    again, about a fifth of its start, which the bare window does not pay."""
    root = Path(__file__).resolve().parents[1]
    for package in ("mediator", "ui"):
        compileall.compile_dir(root / package, quiet=1)


def run_child(mode: str, data_dir: Path | None = None) -> tuple[float, dict]:
    """Seconds from spawning the child to its READY line, and its final JSON report."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    args = [sys.executable, str(CHILD), mode] + ([str(data_dir)] if data_dir else [])
    started = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, text=True, env=env)
    ready = None
    report: dict = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("READY") and ready is None:
            ready = time.perf_counter() - started
        elif line.startswith("{"):
            report = json.loads(line)
    if proc.wait() != 0 or ready is None:
        raise SystemExit(f"{mode} child failed (exit {proc.returncode})")
    return ready, report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    data_dir, _meta = demo_database(args.cases, args.seed)
    results = Results("gui", args.cases, baseline_name="bare window")
    compile_sources()
    run_child("bare")  # warm the file cache for both
    run_child("app", data_dir)
    bare_start, app_start, bare_rss, app_rss, floor_start, floor_rss = [], [], [], [], [], []
    search_key, search_query, stalls, scroll_stalls, open_stalls, block_ms, loaded = [], [], [], [], [], [], []
    for _ in range(args.repeat):
        seconds, report = run_child("bare")
        bare_start.append(seconds * 1000)
        bare_rss.append(report["rss_mb"])
        seconds, report = run_child("floor")
        floor_start.append(seconds * 1000)
        floor_rss.append(report["rss_mb"])
        seconds, report = run_child("app", data_dir)
        app_start.append(seconds * 1000)
        app_rss.append(report["rss_mb"])
        search_key += report["search_from_key_ms"]
        search_query += report["search_from_query_ms"]
        stalls.append(report["stall_ms"])
        scroll_stalls.append(report["scroll_stall_ms"])
        open_stalls.append(report["open_stall_ms"])
        block_ms += report["block_ms"]
        loaded.append(report["services_loaded_ms"])
    start_ratio = statistics.median(app_start) / statistics.median(bare_start)
    rss_ratio = statistics.median(app_rss) / statistics.median(bare_rss)
    results.add("cold_start", app_start, bare_start, note=f"target ×{TARGET_START_RATIO:g}, goal ×1.5")
    results.add("floor_start", floor_start, bare_start, note="bare window + importing SQLAlchemy's ORM")
    results.add("services_loaded_after_paint", loaded, note="SQLAlchemy and the services, loaded behind the painted window")
    results.add("search_from_key", search_key, note="includes the 250 ms debounce")
    results.add("search_repaint", search_query, target=TARGET_SEARCH_MS, note="query start to repaint")
    results.value("stall_max_ms", round(max(stalls), 1))
    results.value("stall_scroll_max_ms", round(max(scroll_stalls), 1))
    results.value("stall_open_max_ms", round(max(open_stalls), 1))
    results.value("block_load_p95_ms", round(p95(block_ms), 1) if block_ms else 0.0)
    results.value("rss_app_mb", round(statistics.median(app_rss), 1))
    results.value("rss_bare_mb", round(statistics.median(bare_rss), 1))
    results.value("rss_floor_mb", round(statistics.median(floor_rss), 1))
    results.ratios["cold_start_vs_floor"] = round(statistics.median(app_start) / statistics.median(floor_start), 2)
    results.ratios["rss_vs_floor"] = round(statistics.median(app_rss) / statistics.median(floor_rss), 2)
    results.ratios["cold_start"] = round(start_ratio, 2)
    results.ratios["rss"] = round(rss_ratio, 2)
    print(f"cold start ×{start_ratio:.2f} (target ≤ {TARGET_START_RATIO:g}) "
          f"{'ok' if start_ratio <= TARGET_START_RATIO else 'MISSED'}")
    print(f"longest GUI stall {max(stalls):.1f} ms (scroll {max(scroll_stalls):.1f}, open {max(open_stalls):.1f}; "
          f"target < {TARGET_STALL_MS:g}) {'ok' if max(stalls) < TARGET_STALL_MS else 'MISSED'}")
    print(f"memory {statistics.median(app_rss):.0f} MB vs bare {statistics.median(bare_rss):.0f} MB: ×{rss_ratio:.2f} "
          f"(target ≤ {TARGET_RSS_RATIO:g}) {'ok' if rss_ratio <= TARGET_RSS_RATIO else 'MISSED'}")
    print(results.line())
    return 0


if __name__ == "__main__":
    sys.exit(main())
