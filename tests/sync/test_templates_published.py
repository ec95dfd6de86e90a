"""Document templates published by the federation (``mediator central publish-template``) on a
SQLite central and a PostgreSQL central: checked like ``template check`` before anything is
written, pulled by the office (bytes whole, on PostgreSQL through the pull's JSON and either
``bytea_output``), used for printing after the office's own template and before the built-in one,
named in the print record, replaced by a newer publication; a published template this program's
checks refuse is passed over with a warning; central revision c0003 adds the table to an older
store; bundles carry bytes columns."""

from __future__ import annotations

import hashlib
import json
import uuid
from pathlib import Path

import docx
import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from mediator.cli.main import main
from mediator.documents import printing
from mediator.documents.printing import builtin_template_path, office_template_path, print_document
from mediator.i18n import set_language
from mediator.store.base import utcnow
from mediator.store.models import PrintRecord, PublishedTemplate
from mediator.sync import admin, bundle_format, reference, roles, state
from mediator.sync.central_schema import SCHEMA_VERSION, VERSION_TABLE
from mediator.sync.connect import central_engine
from mediator.sync.engine import sync
from mediator.sync.push import Batch
from tests.documents.test_agreement_document import text_of
from tests.sync.conftest import register
from tests.sync.test_schema_skew import _head as central_head

KIND = "application"
FIRST, SECOND, OWN = "联合会统一文本（第一版）", "联合会统一文本（第二版）", "本委员会自拟文本"


def make_template(path, line: str) -> str:
    """The built-in template of ``KIND`` with one more paragraph, saved at ``path``."""
    d = docx.Document(str(builtin_template_path(KIND)))
    d.add_paragraph(line)
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))
    return str(path)


def publish(central_url, path, *more) -> int:
    return main(["--lang", "en", "central", "publish-template", central_url, KIND, str(path), *more])


def central_rows(engine) -> list[dict]:
    table = admin.metadata_for(engine).tables["published_templates"]
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(select(table))]


def local_row(ws) -> PublishedTemplate | None:
    with ws.read() as s:
        return s.scalar(select(PublishedTemplate).where(PublishedTemplate.kind == KIND))


def sha12(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:12]


def template_warnings(printed) -> list[str]:
    return [w for w in printed.warnings if "template" in w or "模板" in w]


def test_a_published_template_reaches_the_office_and_is_printed(central, central_url, office, tmp_path, capsys):
    path = make_template(tmp_path / "fed" / "application-2027.docx", FIRST)
    assert publish(central_url, path, "--label", "2027年版") == 0
    out = capsys.readouterr().out
    assert out.startswith("published: template of the 调解申请书 (application) “2027年版”, version 1, SHA-256 ")
    (row,) = central_rows(central)
    data = Path(path).read_bytes()
    assert (row["kind"], row["row_version"], row["office_id"], row["content"]) == (KIND, 1, None, data)
    assert row["sha256"] == hashlib.sha256(data).hexdigest() and row["version_label"] == "2027年版"

    case = register(office.ws, office.chair)
    result = sync(office.ws, central)
    assert (result.conflicts, result.rejects) == (0, 0)
    mine = local_row(office.ws)
    assert mine.content == data and mine.sha256 == row["sha256"] and mine.id == row["id"]
    assert (mine.row_version, mine.base_version, mine.local_seq) == (1, 1, None)
    with office.ws.read() as s:
        assert state.pending_count(s) == 0  # pulled, not journalled: never pushed back

    printed = print_document(office.ws, office.chair, case.case_no, KIND)
    assert FIRST in text_of(printed.data) and not template_warnings(printed)
    assert printed.template_version == f"federation:application.docx@{sha12(path)}"
    cover = print_document(office.ws, office.chair, case.case_no, "cover")  # no federation template of that kind
    assert cover.template_version.startswith("builtin:cover.docx@")
    assert sync(office.ws, central).rejects == 0  # the print records go up with the template named
    records = admin.metadata_for(central).tables["print_records"]
    with central.connect() as conn:
        named = conn.execute(select(records.c.template_version).where(records.c.kind == KIND)).scalar_one()
    assert named == printed.template_version
    with office.ws.read() as s:
        assert s.scalar(select(PrintRecord.template_version).where(PrintRecord.kind == KIND)) == named


def test_the_offices_own_template_wins_and_a_broken_one_falls_back_to_the_federations(
        central, central_url, office, tmp_path):
    assert publish(central_url, make_template(tmp_path / "fed.docx", FIRST)) == 0
    case = register(office.ws, office.chair)
    sync(office.ws, central)
    own = office_template_path(office.ws, KIND)
    make_template(own, OWN)
    printed = print_document(office.ws, office.chair, case.case_no, KIND)
    assert printed.template_version.startswith("office:application.docx@")
    assert OWN in text_of(printed.data) and FIRST not in text_of(printed.data)

    set_language("zh")
    try:
        make_template(own, "经办人：{{handler_name}}")  # the office's own file breaks: the federation's is next
        printed = print_document(office.ws, office.chair, case.case_no, KIND)
    finally:
        set_language("en")
    assert printed.template_version.startswith("federation:application.docx@")
    assert FIRST in text_of(printed.data)
    report = "\n".join(printed.warnings)
    assert "本单位的模板 application.docx 有以下问题，未被采用，已改用联合会发布的模板" in report
    assert "{{handler_name}}" in report

    own.unlink()
    printed = print_document(office.ws, office.chair, case.case_no, KIND)
    assert printed.template_version.startswith("federation:") and not template_warnings(printed)


def test_a_bad_template_is_refused_at_publish_naming_the_file_and_the_problems(
        central, central_url, tmp_path, capsys):
    bad = make_template(tmp_path / "broken-application.docx", "经办人：{{handler_name}}")
    assert publish(central_url, bad) == 2
    err = capsys.readouterr().err
    assert "broken-application.docx cannot be published as the template of the 调解申请书 (application)" in err
    assert "unknown placeholder {{handler_name}}" in err and "nothing was published" in err

    d = docx.Document(str(builtin_template_path(KIND)))  # a required placeholder taken out
    for p in d.paragraphs:
        if "{{facts}}" in p.text:
            p._element.getparent().remove(p._element)
    d.save(str(tmp_path / "no-facts.docx"))
    assert publish(central_url, tmp_path / "no-facts.docx") == 2
    assert "the required placeholder {{facts}} is missing" in capsys.readouterr().err

    (tmp_path / "notes.docx").write_text("not a Word file", encoding="utf-8")
    assert publish(central_url, tmp_path / "notes.docx") == 2
    assert "notes.docx: not a Word document (.docx)" in capsys.readouterr().err
    assert publish(central_url, tmp_path / "missing.docx") == 2
    assert "missing.docx: no such file" in capsys.readouterr().err
    good = make_template(tmp_path / "good.docx", FIRST)
    assert main(["--lang", "en", "central", "publish-template", central_url, "minutes", good]) == 2
    assert "unknown document kind “minutes”" in capsys.readouterr().err
    assert central_rows(central) == []


def test_a_newer_version_replaces_the_older_at_the_office(central, central_url, office, tmp_path, capsys):
    first = make_template(tmp_path / "v1.docx", FIRST)
    assert publish(central_url, first) == 0
    case = register(office.ws, office.chair)
    sync(office.ws, central)
    assert FIRST in text_of(print_document(office.ws, office.chair, case.case_no, KIND).data)
    capsys.readouterr()

    second = make_template(tmp_path / "v2.docx", SECOND)
    assert publish(central_url, second, "--dry-run") == 0
    assert capsys.readouterr().out.startswith("checked, nothing published: template of the 调解申请书 (application) "
                                              "“v2.docx”, version 2")
    assert [r["row_version"] for r in central_rows(central)] == [1]
    assert publish(central_url, second) == 0
    assert "version 2" in capsys.readouterr().out
    assert publish(central_url, second) == 0  # the same file again: nothing changes
    assert capsys.readouterr().out.startswith("unchanged: the central store already has this template")
    (row,) = central_rows(central)
    assert row["row_version"] == 2 and row["content"] == Path(second).read_bytes()

    assert printing._checked.cache_info().currsize > 0
    assert sync(office.ws, central).pulled == 1
    assert printing._checked.cache_info().currsize == 0  # emptied when the new template arrived
    mine = local_row(office.ws)
    assert (mine.row_version, mine.base_version, mine.content) == (2, 2, row["content"])
    printed = print_document(office.ws, office.chair, case.case_no, KIND)
    assert SECOND in text_of(printed.data) and FIRST not in text_of(printed.data)
    assert printed.template_version == f"federation:application.docx@{sha12(second)}"


def test_a_published_template_this_program_refuses_is_passed_over_with_a_warning(central, office, tmp_path):
    # e.g. published by a newer Mediator whose application has a placeholder this one does not know
    data = Path(make_template(tmp_path / "newer.docx", "经办人：{{handler_name}}")).read_bytes()
    reference.publish_reference(central, "published_templates", [{
        "kind": KIND, "version_label": "2028年版", "sha256": hashlib.sha256(data).hexdigest(), "content": data,
        "published_at": utcnow()}])
    case = register(office.ws, office.chair)
    sync(office.ws, central)
    assert local_row(office.ws).content == data
    set_language("zh")
    try:
        printed = print_document(office.ws, office.chair, case.case_no, KIND)
    finally:
        set_language("en")
    assert printed.template_version.startswith("builtin:application.docx@")
    report = "\n".join(printed.warnings)
    assert "联合会发布的模板 application.docx (2028年版) 有以下问题，未被采用，已改用内置模板" in report
    assert "{{handler_name}}" in report and "经办人" not in text_of(printed.data)


@pytest.mark.parametrize("central_url", ["postgres"], indirect=True)
def test_template_bytes_arrive_whole_with_either_bytea_output(central, central_url, office, tmp_path):
    """The pull's JSON renders bytea by the server's ``bytea_output``: hex (the default) or escape."""
    case = register(office.ws, office.chair)
    sync(office.ws, central)  # the first sync: the causes and everything else, so each pull below is the template
    database = make_url(central_url).database
    for output, line in (("hex", FIRST), ("escape", SECOND)):
        with central.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{database}" SET bytea_output = {output}'))
            conn.commit()
        central.dispose()  # new connections take the setting
        path = make_template(tmp_path / f"{output}.docx", line)
        assert publish(central_url, path) == 0
        assert sync(office.ws, central_url).pulled == 1  # a fresh engine: the first page is the JSON one
        assert local_row(office.ws).content == Path(path).read_bytes()
        assert line in text_of(print_document(office.ws, office.chair, case.case_no, KIND).data)


def test_central_init_adds_the_table_to_a_store_at_revision_c0002(central, central_url, office, tmp_path, capsys):
    postgres = central.dialect.name == "postgresql"
    with central.begin() as conn:  # what the previous program version left behind
        conn.execute(text("DROP TABLE published_templates"))
        conn.execute(text(f"UPDATE {VERSION_TABLE} SET version_num = 'c0002'"))
        conn.execute(text("UPDATE central_meta SET schema_version = 3"))
    assert main(["--lang", "en", "central", "init", central_url]) == 0
    assert f"is at schema version {SCHEMA_VERSION} (was 3)" in capsys.readouterr().out
    with central.connect() as conn:
        assert conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar_one() == central_head()
    assert publish(central_url, make_template(tmp_path / "fed.docx", FIRST)) == 0
    target = central
    if postgres:  # through the office's own login: the table got its grants and row-level security
        login = roles.add_office_login(central, "JC01")
        target = central_engine(make_url(login.url).set(drivername="postgresql+psycopg", password=login.password))
        with target.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM published_templates")).scalar_one() == 1
    try:
        case = register(office.ws, office.chair)
        assert sync(office.ws, target).rejects == 0
        printed = print_document(office.ws, office.chair, case.case_no, KIND)
        assert printed.template_version.startswith("federation:") and FIRST in text_of(printed.data)
    finally:
        if target is not central:
            target.dispose()


def test_a_bundle_line_carries_bytes_columns(tmp_path):
    data = Path(make_template(tmp_path / "t.docx", FIRST)).read_bytes() + bytes(range(256))
    row = {"id": uuid.uuid4(), "office_id": None, "row_version": 3, "base_version": 3, "local_seq": None,
           "deleted_at": None, "updated_at": utcnow(), "updated_by": "federation", "kind": KIND,
           "version_label": "2027年版", "sha256": hashlib.sha256(data).hexdigest(), "content": data,
           "published_at": utcnow()}
    batch = Batch(uuid.uuid4(), uuid.uuid4(), uuid.uuid4(), 1, 1, {"published_templates": [row]})
    line = json.loads(bundle_format._batch_line(batch))
    table = PublishedTemplate.__table__
    assert bundle_format.decode_row(table, line["rows"]["published_templates"][0]) == row
    damaged = line["rows"]["published_templates"][0] | {"content": "not base64!"}
    with pytest.raises(ValueError, match="published_templates.content"):
        bundle_format.decode_row(table, damaged)
