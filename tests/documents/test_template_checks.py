"""Template checks on small .docx files made here with python-docx: an unknown placeholder, a
missing required one, a placeholder split across Word runs and an unbalanced ``{% if %}`` are each
reported naming the template and the placeholder; a clean template passes."""

from __future__ import annotations

import io

import docx

from mediator.documents.kinds import KINDS
from mediator.documents.printing import check_template
from mediator.documents.template import Template, check, scan
from mediator.i18n import set_language

TERMINATION = KINDS["termination"]
CLEAN = ["{{case_no}}", "{{#parties}}", "因{{cause}}于{{received_on}}收到申请，{{accepted_on}}受理，{{ended_on}}终止。",
         "原因：{{reason}}", "{{arbitration}}", "{{limitation}}", "{{#seal}}"]


def make(paragraphs: list[str | list[str]], name: str = "office.docx") -> Template:
    """A template whose paragraphs are the given texts; a list is one paragraph in several runs."""
    d = docx.Document()
    for p in paragraphs:
        para = d.add_paragraph()
        for run in ([p] if isinstance(p, str) else p):
            para.add_run(run)
    buf = io.BytesIO()
    d.save(buf)
    return Template(name, buf.getvalue(), "office")


def problems(template: Template) -> list[tuple[str, str]]:
    return [(p.template, p.placeholder) for p in check_template(template, TERMINATION)]


def test_a_clean_template_passes():
    assert check_template(make(CLEAN), TERMINATION) == []


def test_an_unknown_placeholder_is_reported_by_name():
    found = check_template(make(CLEAN + ["经办人：{{handler_name}}"]), TERMINATION)
    assert [(p.template, p.placeholder) for p in found] == [("office.docx", "{{handler_name}}")]
    assert "unknown placeholder {{handler_name}}" in str(found[0])


def test_an_unknown_block_and_condition_are_reported():
    found = problems(make(CLEAN + ["{{#witnesses}}", "{% if urgent %}", "加急", "{% endif %}"]))
    assert ("office.docx", "{{#witnesses}}") in found and ("office.docx", "urgent") in found


def test_a_missing_required_placeholder_is_reported():
    found = check_template(make([p for p in CLEAN if p != "{{limitation}}"]), TERMINATION)
    assert [p.placeholder for p in found] == ["{{limitation}}"]
    assert "required placeholder {{limitation}} is missing" in str(found[0])


def test_a_missing_required_block_is_reported():
    assert problems(make([p for p in CLEAN if p != "{{#seal}}"])) == [("office.docx", "{{#seal}}")]


def test_a_placeholder_split_across_runs_is_reported_in_chinese():
    set_language("zh")
    split = make([["{{case", "_no}}"]] + CLEAN[1:])
    found = check_template(split, TERMINATION)
    assert [p.placeholder for p in found] == ["{{case_no}}"]
    assert "office.docx" in str(found[0]) and "被拆分" in str(found[0])


def test_a_placeholder_whole_in_one_run_among_others_is_not_split():
    template = make([["案号：", "{{case_no}}", "。"]] + CLEAN[1:])
    assert check_template(template, TERMINATION) == []


def test_an_if_without_endif_is_reported():
    found = problems(make(CLEAN + ["{% if cause %}", "案由：{{cause}}"]))
    assert found == [("office.docx", "{% if cause %}")]


def test_an_endif_without_if_is_reported():
    found = problems(make(CLEAN + ["{% endif %}"]))
    assert found == [("office.docx", "{% endif %}")]


def test_a_malformed_tag_and_a_broken_placeholder_are_reported():
    found = scan(make(["{% for x in y %}", "{{case_no}", "{% endif %}"])).problems
    placeholders = {p.placeholder for p in found}
    assert "{% for x in y %}" in placeholders and "{{" in placeholders


def test_a_file_that_is_not_a_docx_is_reported_naming_it():
    found = check(Template("broken.docx", b"not a zip", "office"), fields=TERMINATION.fields,
                  blocks=TERMINATION.blocks, required=TERMINATION.required)
    assert len(found) == 1 and "broken.docx" in str(found[0])
