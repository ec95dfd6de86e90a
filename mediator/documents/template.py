"""Templates (.docx) and their checks: which placeholders a template holds, whether each is whole
(not split across Word runs), and whether its control tags are well formed.

The template language, kept small so office staff can edit templates in Word or WPS:
- ``{{name}}`` anywhere in a run of text is replaced by the field ``name``;
- a paragraph holding only ``{{#name}}`` is replaced by the generated paragraphs and tables of the
  block ``name`` (numbered terms, party tables, signature blocks);
- paragraphs holding only ``{% if name %}`` / ``{% if not name %}`` … ``{% endif %}`` keep or drop what
  lies between them (they may nest, in the body or inside one table cell).
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from docx import Document as open_docx
from docx.oxml.ns import qn

from mediator.errors import InputError
from mediator.i18n import t

PLACEHOLDER = re.compile(r"\{\{\s*(#?)([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
TAG = re.compile(r"\{%\s*(.*?)\s*%\}")
IF_TAG = re.compile(r"if\s+(not\s+)?([A-Za-z_][A-Za-z0-9_]*)")
W_P, W_R, W_T, W_TBL, W_TC = qn("w:p"), qn("w:r"), qn("w:t"), qn("w:tbl"), qn("w:tc")


@dataclass(frozen=True)
class TemplateProblem:
    """One thing wrong with a template, in the user's language, naming the template and placeholder."""

    template: str
    placeholder: str
    message: str

    def __str__(self) -> str:
        return self.message


class TemplateError(InputError):
    """A template cannot be used; ``problems`` lists everything wrong with it."""

    def __init__(self, problems: list[TemplateProblem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(frozen=True)
class Template:
    """A template's bytes, the name shown to users, where it came from and its version."""

    name: str
    data: bytes
    source: str  # "builtin" | "office" | "file"

    @property
    def version(self) -> str:
        """``<source>:<file name>@<first 12 hex digits of its SHA-256>``: recorded with every print."""
        return f"{self.source}:{self.name}@{hashlib.sha256(self.data).hexdigest()[:12]}"

    def open(self):  # noqa: ANN201 - a python-docx Document
        return open_docx(io.BytesIO(self.data))


def read_template(path: Path, source: str = "file") -> Template:
    """The template at ``path``; a file that cannot be read is reported naming it."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise TemplateError([TemplateProblem(path.name, "", t("{template}: cannot be read ({reason})",
                                                               template=path.name, reason=err.strerror or err))]) from err
    return Template(path.name, data, source)


def paragraph_text(p) -> str:  # noqa: ANN001 - a w:p element
    return "".join(node.text or "" for node in p.iter(W_T))


def parts(document) -> Iterator:  # noqa: ANN001
    """The root elements of the body, then of every header and footer."""
    yield document.element.body
    seen = set()
    for section in document.sections:
        for hf in (section.header, section.first_page_header, section.even_page_header,
                   section.footer, section.first_page_footer, section.even_page_footer):
            if not hf.is_linked_to_previous and id(hf._element) not in seen:
                seen.add(id(hf._element))
                yield hf._element


@dataclass(frozen=True)
class Found:
    """What a template uses: field and block placeholders and condition names, and its problems."""

    fields: frozenset[str]
    blocks: frozenset[str]
    conditions: frozenset[str]
    problems: tuple[TemplateProblem, ...]


def scan(template: Template) -> Found:
    """Read every placeholder and tag of ``template`` and report malformed or split ones."""
    name = template.name
    try:
        document = template.open()
    except (zipfile.BadZipFile, KeyError, ValueError) as err:
        return Found(frozenset(), frozenset(), frozenset(), (TemplateProblem(
            name, "", t("{template}: not a Word document (.docx): {reason}", template=name, reason=err)),))
    fields: set[str] = set()
    blocks: set[str] = set()
    conditions: set[str] = set()
    problems: list[TemplateProblem] = []
    for root in parts(document):
        for p in root.iter(W_P):
            text = paragraph_text(p)
            if "{" not in text and "}" not in text:
                continue
            pieces = [node.text or "" for node in p.iter(W_T)]
            for m in PLACEHOLDER.finditer(text):
                (blocks if m.group(1) else fields).add(m.group(2))
                if not any(m.group(0) in piece for piece in pieces):
                    problems.append(TemplateProblem(name, m.group(0), t(
                        "{template}: the placeholder {placeholder} is split across Word runs; delete it and type it "
                        "again in one go", template=name, placeholder=m.group(0))))
                if m.group(1) and text.strip() != m.group(0):
                    problems.append(TemplateProblem(name, m.group(0), t(
                        "{template}: the block {placeholder} must stand alone in its paragraph",
                        template=name, placeholder=m.group(0))))
            for m in TAG.finditer(text):
                tag = IF_TAG.fullmatch(m.group(1))
                if tag:
                    conditions.add(tag.group(2))
                elif m.group(1) != "endif":
                    problems.append(TemplateProblem(name, m.group(0), t(
                        "{template}: {tag} is not a known control tag (use {{% if name %}} and {{% endif %}})",
                        template=name, tag=m.group(0))))
                    continue
                if text.strip() != m.group(0):
                    problems.append(TemplateProblem(name, m.group(0), t(
                        "{template}: the tag {tag} must stand alone in its paragraph", template=name, tag=m.group(0))))
            rest = TAG.sub("", PLACEHOLDER.sub("", text))
            for stray in re.finditer(r"\{\{|\}\}|\{%|%\}", rest):
                problems.append(TemplateProblem(name, stray.group(0), t(
                    "{template}: malformed placeholder or tag near “{context}”",
                    template=name, context=_context(rest, stray.start()))))
        problems += _balance(root, name)
    return Found(frozenset(fields), frozenset(blocks), frozenset(conditions), tuple(problems))


def _context(text: str, at: int) -> str:
    return text[max(0, at - 12): at + 14].strip()


def _balance(root, name: str) -> list[TemplateProblem]:  # noqa: ANN001
    """``{% if %}`` and ``{% endif %}`` must pair up within the same container (body or cell)."""
    problems: list[TemplateProblem] = []
    containers = [root] + list(root.iter(W_TC))
    for container in containers:
        depth = []
        for child in container:
            if child.tag != W_P:
                continue
            tag = TAG.fullmatch(paragraph_text(child).strip())
            if not tag:
                continue
            if IF_TAG.fullmatch(tag.group(1)):
                depth.append(tag.group(0))
            elif tag.group(1) == "endif":
                if not depth:
                    problems.append(TemplateProblem(name, tag.group(0), t(
                        "{template}: {{% endif %}} without a matching {{% if … %}}", template=name)))
                else:
                    depth.pop()
        for opened in depth:
            problems.append(TemplateProblem(name, opened, t(
                "{template}: {tag} has no matching {{% endif %}}", template=name, tag=opened)))
    return problems


def check(template: Template, *, fields: frozenset[str], blocks: frozenset[str],
          required: frozenset[str]) -> list[TemplateProblem]:
    """Everything wrong with ``template`` for a kind that offers ``fields`` and ``blocks`` and needs
    the placeholders in ``required`` (block names written ``#name``); empty when it may be used."""
    found = scan(template)
    problems = list(found.problems)
    if problems and not (found.fields or found.blocks):
        return problems
    name = template.name
    for f in sorted(found.fields - fields):
        problems.append(TemplateProblem(name, f"{{{{{f}}}}}", t(
            "{template}: unknown placeholder {placeholder}", template=name, placeholder=f"{{{{{f}}}}}")))
    for b in sorted(found.blocks - blocks):
        problems.append(TemplateProblem(name, f"{{{{#{b}}}}}", t(
            "{template}: unknown placeholder {placeholder}", template=name, placeholder=f"{{{{#{b}}}}}")))
    for c in sorted(found.conditions - fields - blocks):
        problems.append(TemplateProblem(name, c, t(
            "{template}: unknown condition “{name}” in {{% if %}}", template=name, name=c)))
    used = found.fields | {f"#{b}" for b in found.blocks}
    for r in sorted(required - used):
        shown = f"{{{{{r}}}}}"
        problems.append(TemplateProblem(name, shown, t(
            "{template}: the required placeholder {placeholder} is missing", template=name, placeholder=shown)))
    return problems
