"""Converting a .docx to PDF with LibreOffice, when it is installed (for the preview, for printing
to PDF, and for the checks that documents open and paginate)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from mediator.errors import MediatorError
from mediator.i18n import t

TIMEOUT_S = 180
WINDOWS_PLACES = (r"C:\Program Files\LibreOffice\program\soffice.exe",
                  r"C:\Program Files (x86)\LibreOffice\program\soffice.exe")


class ConversionError(MediatorError):
    """LibreOffice is missing or failed; the message says which and how to get it."""


def soffice() -> str | None:
    """The LibreOffice program, or ``None`` when it is not installed."""
    env = os.environ.get("MEDIATOR_SOFFICE")
    if env and Path(env).exists():
        return env
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    if sys.platform == "win32":
        return next((p for p in WINDOWS_PLACES if Path(p).exists()), None)
    return None


def available() -> bool:
    return soffice() is not None


def to_pdf(docx: bytes, name: str = "document") -> bytes:
    """The PDF of ``docx``; raises :class:`ConversionError` saying why when it cannot be made."""
    program = soffice()
    if program is None:
        raise ConversionError(t("LibreOffice is not installed, so no PDF can be made; install LibreOffice "
                                "or save the document as .docx"))
    with tempfile.TemporaryDirectory(prefix="mediator-pdf-") as tmp:
        work = Path(tmp)
        source = work / f"{name}.docx"
        source.write_bytes(docx)
        profile = (work / "profile").as_uri()  # its own profile, so several conversions may run at once
        try:
            done = subprocess.run(
                [program, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "pdf",
                 "--outdir", str(work), str(source)],
                capture_output=True, text=True, timeout=TIMEOUT_S, check=False)
        except subprocess.TimeoutExpired as err:
            raise ConversionError(t("LibreOffice took more than {seconds} s to convert {name}",
                                    seconds=TIMEOUT_S, name=source.name)) from err
        except OSError as err:
            raise ConversionError(t("LibreOffice could not be started: {reason}", reason=err)) from err
        result = work / f"{name}.pdf"
        if not result.exists():
            detail = (done.stderr or done.stdout or "").strip().splitlines()[-1:] or [f"exit {done.returncode}"]
            raise ConversionError(t("LibreOffice could not convert {name}: {reason}", name=source.name,
                                    reason=detail[0]))
        return result.read_bytes()
