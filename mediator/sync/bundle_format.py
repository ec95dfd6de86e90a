"""The offline sync bundle file: a zip archive with three members, signed with the office's key.

* ``header.json``: format name and version, central schema version, office code and id, node id,
  node epoch (and whether central already knows it), the central generation the node knows (or
  null), the node's acknowledged seq, the last journal seq covered, batch and row counts, the
  creation instant (UTC, display only).
* ``batches.jsonl``: one line per batch, exactly as ``push.next_batch`` builds them (same batch
  ids, ``epoch:first-last``), rows as JSON values (``audit.jsonable``; bytes as base64 text)
  decoded back by the local column types, so UUIDs, dates, instants, numbers, bytes, None and JSON
  round-trip exactly.
* ``signature``: ``hmac-sha256 <hex>`` of ``header bytes + "\\n" + sha256(batches.jsonl)``.

Writing is atomic (a temporary file in the same folder, fsync, rename). Reading takes the whole
file into memory once (no change while it is checked and applied), parses the header, verifies
the signature with the key the caller looks up for the header's office, then decodes every batch
before anything is applied; every failure is a ``BundleError`` naming the file."""

from __future__ import annotations

import base64
import datetime as dt
import decimal
import hashlib
import hmac
import io
import json
import os
import uuid
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import JSON, DateTime, Table

from mediator.errors import InputError
from mediator.i18n import t
from mediator.services.audit import jsonable
from mediator.store.base import UTCDateTime
from mediator.sync import rows as R
from mediator.sync.central_schema import synced_table_names
from mediator.sync.push import Batch

FORMAT = "mediator-sync-bundle"
FORMAT_VERSION = 1
HEADER, BATCHES, SIGNATURE = "header.json", "batches.jsonl", "signature"
MAX_HEADER = 64 * 1024


class BundleError(InputError):
    """The bundle file cannot be used; the message names it. Nothing was written."""


@dataclass(frozen=True)
class Header:
    schema_version: int
    office_code: str
    office_id: uuid.UUID
    node_id: uuid.UUID
    epoch: uuid.UUID
    epoch_confirmed: bool  # central registered this epoch (the node synced online, or …)
    generation: uuid.UUID | None  # the central store the node synced with online, if any
    acked_seq: int  # what the node knows central acknowledged
    last_seq: int  # the last journal entry in the bundle (= acked_seq when there is nothing to send)
    batches: int
    rows: int
    created_at: dt.datetime

    def to_bytes(self) -> bytes:
        body = {"format": FORMAT, "format_version": FORMAT_VERSION} | jsonable(asdict(self))
        return json.dumps(body, ensure_ascii=False, sort_keys=True).encode()

    @classmethod
    def parse(cls, raw: bytes, file: str) -> Header:
        try:
            body = json.loads(raw.decode())
            if body.get("format") != FORMAT:
                raise ValueError("format")
        except (ValueError, AttributeError):
            raise BundleError(t("{file} is not a Mediator sync bundle; nothing was imported", file=file)) from None
        if body.get("format_version") != FORMAT_VERSION:
            raise BundleError(t("bundle {file} has format version {found}; this Mediator reads version {ours}: "
                                "install the newer Mediator; nothing was imported", file=file,
                                found=body.get("format_version"), ours=FORMAT_VERSION))
        try:
            generation = body["generation"]
            return cls(_int(body["schema_version"]), _str(body["office_code"]), uuid.UUID(body["office_id"]),
                       uuid.UUID(body["node_id"]), uuid.UUID(body["epoch"]), _bool(body["epoch_confirmed"]),
                       uuid.UUID(generation) if generation is not None else None, _int(body["acked_seq"]),
                       _int(body["last_seq"]), _int(body["batches"]), _int(body["rows"]),
                       _instant(body["created_at"]))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise invalid(file, f"header: {type(exc).__name__} {exc}") from None


def invalid(file: str, detail: str) -> BundleError:
    return BundleError(t("bundle {file} has invalid content ({detail}); nothing was imported", file=file,
                         detail=detail))


def _int(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{value!r} is not an integer")
    return value


def _bool(value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{value!r} is not true/false")
    return value


def _str(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{value!r} is not text")
    return value


def _instant(value: object) -> dt.datetime:
    parsed = dt.datetime.fromisoformat(_str(value))
    if parsed.tzinfo is None:
        raise ValueError(f"{value!r} has no time zone")
    return parsed.astimezone(dt.UTC)


def _decoder(column_type):  # noqa: ANN001, ANN202 - a SQLAlchemy type → a function of the JSON value
    if isinstance(column_type, JSON):
        return lambda v: v
    if isinstance(column_type, UTCDateTime | DateTime):
        return _instant
    kind = column_type.python_type
    return {uuid.UUID: lambda v: uuid.UUID(_str(v)), dt.date: lambda v: dt.date.fromisoformat(_str(v)),
            bytes: lambda v: base64.b64decode(_str(v), validate=True),
            decimal.Decimal: lambda v: decimal.Decimal(_str(v)), bool: _bool, int: _int, str: _str,
            float: lambda v: float(v) if isinstance(v, int | float) and not isinstance(v, bool) else _int(v),
            }[kind]


def decode_row(table: Table, row: object) -> dict:
    if not isinstance(row, dict) or set(row) != set(table.columns.keys()):
        raise ValueError(f"a {table.name} row does not have this program's columns")
    decoded = {}
    for column in table.columns:
        value = row[column.name]
        try:
            decoded[column.name] = None if value is None else _decoder(column.type)(value)
        except (TypeError, ValueError, KeyError, decimal.InvalidOperation) as exc:
            raise ValueError(f"{table.name}.{column.name}: {exc}") from None
    return decoded


def _jsonable_row(row: dict) -> dict:
    """``audit.jsonable`` of the row, bytes as base64 text (decoded by the column's type)."""
    return jsonable({k: base64.b64encode(v).decode("ascii") if isinstance(v, bytes) else v for k, v in row.items()})


def _batch_line(batch: Batch) -> bytes:
    body = {"batch_id": batch.batch_id, "first_seq": batch.first_seq, "last_seq": batch.last_seq,
            "rows": {name: [_jsonable_row(r) for r in rows] for name, rows in batch.rows.items()}}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


def _signature(key: bytes, header: bytes, batches_digest: bytes) -> str:
    return "hmac-sha256 " + hmac.new(key, header + b"\n" + batches_digest, hashlib.sha256).hexdigest()


def write_bundle(path: Path, key: bytes, batches: Iterable[Batch], header_of) -> Header:  # noqa: ANN001
    """Write ``batches`` to ``path`` atomically; ``header_of(last_seq, batch_count, row_count)``
    gives the header once the batches are written. Returns the header."""
    path = Path(path)
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with open(temp, "wb") as raw, zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            digest, count, rows, last = hashlib.sha256(), 0, 0, None
            with zf.open(BATCHES, "w") as out:
                for batch in batches:
                    line = _batch_line(batch)
                    digest.update(line)
                    out.write(line)
                    count, rows, last = count + 1, rows + batch.row_count, batch.last_seq
            header = header_of(last, count, rows)
            head = header.to_bytes()
            zf.writestr(HEADER, head)
            zf.writestr(SIGNATURE, _signature(key, head, digest.digest()) + "\n")
            zf.close()
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(temp, path)
    except OSError as exc:
        raise InputError(t("cannot write the bundle {file}: {error}", file=str(path), error=exc.strerror or exc)
                         ) from None
    finally:
        temp.unlink(missing_ok=True)
    if hasattr(os, "O_DIRECTORY"):  # the rename itself survives a power cut (POSIX)
        fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    return header


class OpenedBundle:
    """A bundle read into memory with its header parsed; ``verify`` before ``batches``."""

    def __init__(self, path: Path | str):
        self.file = str(path)
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise BundleError(t("bundle {file} cannot be read: {error}", file=self.file,
                                error=exc.strerror or exc)) from None
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            names = set(self._zip.namelist())
            if {HEADER, BATCHES, SIGNATURE} - names:
                raise BundleError(t("{file} is not a Mediator sync bundle; nothing was imported", file=self.file))
            if self._zip.getinfo(HEADER).file_size > MAX_HEADER:
                raise self._damaged("header too large")
            head = self._zip.read(HEADER)
            self.signature = self._zip.read(SIGNATURE).decode("ascii", "replace").strip()
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
            raise self._damaged(str(exc)) from None
        self._head = head
        self.header = Header.parse(head, self.file)
        self._verified = False

    def _damaged(self, detail: str) -> BundleError:
        return BundleError(t("bundle {file} is damaged or incomplete (cut short while copying?): {detail}; nothing "
                             "was imported", file=self.file, detail=detail))

    def verify(self, key: bytes) -> None:
        """Check the signature, then decode every batch (nothing is applied before both pass)."""
        digest = hashlib.sha256()
        try:
            with self._zip.open(BATCHES) as stream:
                while chunk := stream.read(1 << 20):
                    digest.update(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
            raise self._damaged(str(exc)) from None
        if not hmac.compare_digest(_signature(key, self._head, digest.digest()), self.signature):
            raise BundleError(t("bundle {file} does not carry a valid signature of office {code}: it was changed "
                                "after export, damaged, or signed with another key; nothing was imported",
                                file=self.file, code=self.header.office_code))
        self._verified = True
        count = rows = 0
        self.ranges: list[tuple[str, int, int]] = []
        for batch in self.batches():
            count, rows = count + 1, rows + batch.row_count
            self.ranges.append((batch.batch_id, batch.first_seq, batch.last_seq))
        if (count, rows) != (self.header.batches, self.header.rows):
            raise invalid(self.file, f"{count} batches and {rows} rows, the header says {self.header.batches} "
                                     f"and {self.header.rows}")

    def batches(self) -> Iterator[Batch]:
        """The batches in order, each checked: its id, a seq range above the previous one, known tables."""
        if not self._verified:
            raise RuntimeError("verify the bundle first")
        h, previous, known = self.header, self.header.acked_seq, set(synced_table_names())
        with self._zip.open(BATCHES) as stream:
            for number, line in enumerate(stream, 1):
                try:
                    body = json.loads(line)
                    first, last = _int(body["first_seq"]), _int(body["last_seq"])
                    if not previous < first <= last <= h.last_seq:
                        raise ValueError(f"seq range {first}-{last} out of order")
                    rows = {}
                    for name, items in body["rows"].items():
                        if name not in known:
                            raise ValueError(f"unknown table {name}")
                        rows[name] = [decode_row(R.local_table(name), r) for r in items]
                    batch = Batch(h.node_id, h.office_id, h.epoch, first, last, rows)
                    if body["batch_id"] != batch.batch_id:
                        raise ValueError(f"batch id {body['batch_id']} does not match its node and range")
                except (ValueError, KeyError, TypeError, AttributeError) as exc:
                    raise invalid(self.file, f"batch {number}: {exc}") from None
                previous = last
                yield batch
