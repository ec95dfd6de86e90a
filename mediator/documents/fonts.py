"""Which fonts this machine has, so a document naming a font that is not installed is reported
(LibreOffice and Word would otherwise substitute another one without a word)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

# Names under which the standard Chinese Windows fonts are also known (fontconfig lists both).
ALIASES = {
    "仿宋": {"fangsong", "仿宋", "fangsong_gb2312", "仿宋_gb2312", "simfang"},
    "宋体": {"simsun", "宋体", "nsimsun", "新宋体"},
    "黑体": {"simhei", "黑体"},
    "楷体": {"kaiti", "楷体", "楷体_gb2312", "simkai"},
    "Times New Roman": {"times new roman"},
}


@cache
def installed_families() -> frozenset[str] | None:
    """Lower-cased family names of the installed fonts; ``None`` when this machine cannot tell."""
    if sys.platform == "win32":
        return _windows_families()
    if shutil.which("fc-list"):
        try:
            out = subprocess.run(["fc-list", "--format", "%{family}\n"], capture_output=True, text=True,
                                 timeout=30, check=False).stdout
        except (OSError, subprocess.SubprocessError):
            return None
        return frozenset(name.strip().lower() for line in out.splitlines() for name in line.split(",") if name.strip())
    return None


def _windows_families() -> frozenset[str] | None:
    try:
        import winreg
    except ImportError:
        return None
    names: set[str] = set()
    for root in (winreg.HKEY_LOCAL_MACHINE, winreg.HKEY_CURRENT_USER):
        try:
            with winreg.OpenKey(root, r"SOFTWARE\Microsoft\Windows NT\CurrentVersion\Fonts") as key:
                for i in range(winreg.QueryInfoKey(key)[1]):
                    value_name = winreg.EnumValue(key, i)[0]
                    for part in value_name.split("&"):
                        names.add(part.split("(")[0].strip().lower())
        except OSError:
            continue
    windir = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
    names.update(p.stem.lower() for p in windir.glob("*.tt?")) if windir.is_dir() else None
    return frozenset(names)


def missing(fonts: set[str]) -> list[str]:
    """The fonts of ``fonts`` this machine does not have (empty when it cannot tell)."""
    families = installed_families()
    if families is None:
        return []
    return sorted(f for f in fonts if not (ALIASES.get(f, {f.lower()}) | {f.lower()}) & families)
