"""The handshake that opens every sync, before anything is sent (``handshake``).

It checks the central schema version ("update required" when central is newer), the central
generation id against the one this node stored at its first sync, that this office is registered
(and claims it at its first sync), and this node's epoch (made at first sync) against the one
central recorded for it. It also compares acknowledged sequences: central ahead of the node's
journal means the node was restored from a backup; central behind the node's own acknowledgement
means central was restored from a dump. Each restore stops the sync with a clear error
(``rebase.Restored``) unless the user confirmed re-basing, which ``sync/rebase.py`` then does
before the handshake is repeated. For a node central knows, all of it is one read (one round
trip), which on PostgreSQL also brings the ids of the case-number blocks central holds for this
node (``numbering.top_up`` then needs no read of its own to find a reservation lost in a crash).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, func, insert, select, update
from sqlalchemy.exc import OperationalError

from mediator.errors import StoreError
from mediator.i18n import t
from mediator.services.context import Workspace
from mediator.store.models import JournalEntry, Office
from mediator.sync import admin, state
from mediator.sync import rows as R
from mediator.sync.central_schema import SCHEMA_VERSION
from mediator.sync.connect import begin, reading, redact, scrub
from mediator.sync.engine import SyncError


@dataclass(frozen=True)
class Handshake:
    epoch: uuid.UUID
    # PostgreSQL: ids of the case-number blocks central holds for this node from last year on
    # (``numbering.top_up``); None: not read
    central_blocks: frozenset[uuid.UUID] | None = None


def handshake(ws: Workspace, engine: Connection, tables) -> Handshake:  # noqa: ANN001
    from mediator.sync.rebase import CENTRAL, NODE, Restored, central_behind, journal_diverged, next_position

    with ws.read() as s:
        office_code = s.get(Office, ws.office_id).code
    view = _central_view(ws, engine, tables, office_code)
    generation, version = view.generation_id, view.schema_version
    if version > SCHEMA_VERSION and not admin.may_sync(SCHEMA_VERSION, version, view.min_client_version):
        raise SyncError(t("update required: the central store has schema version {found} and this program "
                          "knows {ours}; keep working offline and install the new Mediator",
                          found=version, ours=SCHEMA_VERSION))
    if version < SCHEMA_VERSION:
        raise SyncError(t("the central store has schema version {found}, older than this program's {ours}; "
                          "ask the administrator to run 'mediator central init URL'", found=version, ours=SCHEMA_VERSION))
    with ws.read() as s:
        known_generation = state.get(s, state.GENERATION)
        epoch = state.epoch(s)
        unconfirmed = state.get(s, state.EPOCH_UNCONFIRMED) is not None  # made by a bundle export (sync/bundle.py)
        acked, journal_max = state.acked(s), state.journal_max(s)
        office = s.get(Office, ws.office_id)
        cursor = state.Cursor.parse(state.get(s, state.CURSOR))
    if known_generation and known_generation != str(generation):
        raise Restored(CENTRAL, t("the central store is not the one this node synced with (generation {found}, "
                                  "expected {known}): it was replaced or restored; nothing was sent",
                                  found=generation, known=known_generation))
    offices, nodes = tables["central_offices"], tables["sync_nodes"]
    new_epoch = None
    known = view.registered_office == ws.office_id and view.node_id is not None
    # The usual case, an office and node central knows: checked on the one read above, no transaction.
    with (reading(engine) if known else begin(engine)) as conn:
        registered = view if known else conn.execute(select(offices).where(offices.c.code == office.code)).first()
        if registered is None:
            raise SyncError(t("office {code} is not registered at the central store; run 'mediator central "
                              "add-office URL {code}' there first", code=office.code))
        if registered.office_id is None:
            conn.execute(update(offices).where(offices.c.code == office.code).values(office_id=ws.office_id))
        elif registered.office_id != ws.office_id:
            raise SyncError(t("office code {code} is registered at the central store for another office database",
                              code=office.code))
        node = view if known else conn.execute(select(nodes, next_position(conn, tables))
                                               .where(nodes.c.node_id == ws.node_id)).first()
        if node is None:
            if epoch is not None and not unconfirmed:
                raise Restored(CENTRAL, t("the central store has no record of this node although it synced "
                                          "before: the central store was restored from an older dump; nothing "
                                          "was sent"))
            new_epoch = epoch or uuid.uuid4()
            conn.execute(insert(nodes).values(node_id=ws.node_id, office_id=ws.office_id, epoch=new_epoch,
                                              acked_seq=acked))  # above it: this node's own changes
        else:
            if epoch is None or node.epoch != epoch:
                raise Restored(NODE, t("this node's database is not the one the central store knows (epoch "
                                       "differs): it was copied or restored; nothing was sent"))
            if node.acked_seq > journal_max:
                raise Restored(NODE, t("this node's database is older than what the central store received from "
                                       "it (central has change {central}, this database only {local}): it was "
                                       "restored from a backup; nothing was sent",
                                       central=node.acked_seq, local=journal_max))
            if node.acked_seq < acked:
                raise Restored(CENTRAL, t("the central store is missing changes it acknowledged from this node "
                                          "(it has {central}, the node {local}): it was restored from an older "
                                          "dump; nothing was sent", central=node.acked_seq, local=acked))
            if node.acked_seq > acked and journal_diverged(ws, conn, tables, acked, node.acked_seq):
                raise Restored(NODE, t("this node's changes {first} to {last} are not the ones the central store "
                                       "received from it: it was restored from a backup and changed since; nothing "
                                       "was sent", first=acked + 1, last=node.acked_seq))
        if node is not None and central_behind(cursor, node.next_position, postgres=conn.dialect.name == "postgresql"):
            raise Restored(CENTRAL, t("the central store is behind what this node already fetched from it (this node "
                                      "read up to position {position}): it was restored from an older copy; nothing "
                                      "was sent", position=str(cursor)))
    adopted = node is not None and node.acked_seq > acked  # central committed, the node crashed before noting it
    landed = _landed_versions(ws, engine, tables, acked, node.acked_seq) if adopted else {}
    if new_epoch is not None or not known_generation or adopted or unconfirmed:
        with ws.unit(None) as uow:
            state.put(uow.session, state.EPOCH_UNCONFIRMED, None)  # central knows the epoch now
            if new_epoch is not None:
                state.put(uow.session, state.EPOCH, str(new_epoch))
                epoch = new_epoch
            state.put(uow.session, state.GENERATION, str(generation))
            if adopted:
                state.put(uow.session, state.ACKED, str(node.acked_seq))
                _raise_bases(uow.session, landed)
    if epoch is None:
        raise StoreError("epoch missing after handshake")
    blocks = frozenset(view.central_blocks or ()) if "central_blocks" in view._mapping else None
    return Handshake(epoch, blocks)


def _central_view(ws: Workspace, engine: Connection, tables, office_code: str):  # noqa: ANN001, ANN202
    """In one round trip: central's meta row, this office's registration and this node's record
    (with central's next change position). Raises like ``admin.read_meta``."""
    from mediator.sync.rebase import next_position

    meta, offices, nodes = tables["central_meta"], tables["central_offices"], tables["sync_nodes"]
    registered = select(offices.c.office_id).where(offices.c.code == office_code).scalar_subquery()
    extra = []
    if engine.dialect.name == "postgresql":
        blocks = tables["case_number_blocks"]
        extra.append(select(func.array_agg(blocks.c.id)).where(
            blocks.c.node_id == ws.node_id, blocks.c.year >= dt.date.today().year - 1)
            .scalar_subquery().label("central_blocks"))
    stmt = (select(meta.c.generation_id, meta.c.schema_version, meta.c.min_client_version,
                   registered.label("office_id"), registered.label("registered_office"),
                   nodes.c.node_id, nodes.c.epoch, nodes.c.acked_seq, next_position(engine, tables), *extra)
            .select_from(meta.outerjoin(nodes, nodes.c.node_id == ws.node_id)).where(meta.c.id == 1))
    try:
        with reading(engine) as conn:
            row = conn.execute(stmt).first()
    except OperationalError as exc:  # unreachable server, refused login: say so, not "run init"
        raise StoreError(t("cannot connect to the central store {url}: {error}", url=redact(engine.engine.url),
                           error=scrub(str(exc.orig or exc).splitlines()[0], engine.engine.url))) from None
    except Exception as exc:  # noqa: BLE001 - a missing table or column: an older or uninitialised store
        _generation, version = admin.read_meta(engine)  # says so plainly when it is not initialised
        if version < SCHEMA_VERSION:
            raise SyncError(t("the central store has schema version {found}, older than this program's {ours}; "
                              "ask the administrator to run 'mediator central init URL'",
                              found=version, ours=SCHEMA_VERSION)) from None
        raise StoreError(t("the central store cannot be read ({error}); run 'mediator central init URL' "
                           "if it is new", error=scrub(str(exc).splitlines()[0], engine.engine.url))) from None
    if row is None:
        raise StoreError(t("the central store is not initialised; run 'mediator central init URL'"))
    return row


def _landed_versions(ws: Workspace, engine: Connection, tables, acked: int, central_acked: int  # noqa: ANN001
                     ) -> dict[str, dict[uuid.UUID, int]]:
    """For the journal entries central acknowledged but the node never noted (it died after the
    central commit): the central version of each of those rows that this node wrote there. What
    ``advance_local`` would have made their base versions."""
    with ws.read() as s:
        entries = s.execute(select(JournalEntry.table_name, JournalEntry.row_id).distinct()
                            .where(JournalEntry.seq > acked, JournalEntry.seq <= central_acked)).all()
    ids: dict[str, list[uuid.UUID]] = defaultdict(list)
    for table_name, row_id in entries:
        ids[table_name].append(row_id)
    landed: dict[str, dict[uuid.UUID, int]] = {}
    with reading(engine) as conn:
        for name, row_ids in ids.items():
            if name in tables:
                central = R.read_by_id(conn, tables[name], row_ids)
                landed[name] = {i: r["row_version"] for i, r in central.items() if r["central_node_id"] == ws.node_id}
    return landed


def _raise_bases(session, landed: dict[str, dict[uuid.UUID, int]]) -> None:  # noqa: ANN001
    session.info["applying_pull"] = True  # bookkeeping, not a change to journal
    for name, versions in landed.items():
        table = R.local_table(name)
        if versions:
            session.execute(update(table).where(table.c.id == bindparam("_id"), table.c.base_version < bindparam("_v"),
                                                table.c.row_version >= bindparam("_v"))
                            .values(base_version=bindparam("_v")), [{"_id": i, "_v": v} for i, v in versions.items()])
