"""Case number formats: validation, formatting and reading numbers back."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediator.domain.casenumber import (
    DEFAULT_FORMAT,
    format_case_number,
    parse_case_number,
    validate_format,
)
from mediator.errors import ValidationError


def test_default_format() -> None:
    assert format_case_number(DEFAULT_FORMAT, "旧城", 2026, 12) == "旧城劳调〔2026〕第12号"
    assert validate_format(DEFAULT_FORMAT) == DEFAULT_FORMAT


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        ("{office}劳调〔{year}〕第{seq:03d}号", "旧城劳调〔2026〕第012号"),
        ("{office}-{year}-{seq:04}", "旧城-2026-0012"),
        ("劳调字〔{year}〕{seq}号", "劳调字〔2026〕12号"),
        ("{{{year}}}-{seq}", "{2026}-12"),
    ],
)
def test_custom_formats(fmt: str, expected: str) -> None:
    assert format_case_number(fmt, "旧城", 2026, 12) == expected


@pytest.mark.parametrize(
    ("fmt", "fragment"),
    [
        ("{office}劳调第{seq}号", "{year}"),
        ("{office}劳调〔{year}〕", "{seq}"),
        ("{office}劳调〔{year}〕第{number}号", "{number}"),
        ("{}〔{year}〕第{seq}号", "{}"),
        ("{office.name}〔{year}〕第{seq}号", "{office.name}"),
        ("{office!r}〔{year}〕第{seq}号", "{office!r}"),
        ("{office}〔{year}〕第{seq:x}号", "“x”"),
        ("{office}〔{year}〕第{seq:{width}}号", "{seq}"),
        ("{office}〔{year}〕第{seq号", "braces"),
        ("{office}〔{year}〕}}第{seq}}号", "braces"),
        ("", "Enter"),
        ("{year}{seq}" + "x" * 100, "at most"),
    ],
)
def test_bad_formats_name_the_field(fmt: str, fragment: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_format(fmt)
    problems = caught.value.problems
    assert {p.field for p in problems} == {"case_number_format"}
    assert any(fragment in p.message for p in problems), problems


def test_every_problem_is_reported() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_format("{office}{nope}")
    messages = [p.message for p in caught.value.problems]
    assert len(messages) == 3
    assert any("{nope}" in m for m in messages)
    assert any("{year}" in m for m in messages) and any("{seq}" in m for m in messages)


def test_format_case_number_refuses_bad_numbers() -> None:
    with pytest.raises(ValueError):
        format_case_number(DEFAULT_FORMAT, "旧城", 2026, 0)
    with pytest.raises(ValueError):
        format_case_number(DEFAULT_FORMAT, "旧城", 26, 1)
    with pytest.raises(ValidationError):
        format_case_number("{office}{seq}", "旧城", 2026, 1)


def test_parse_case_number() -> None:
    assert parse_case_number(DEFAULT_FORMAT, "旧城", "旧城劳调〔2026〕第12号") == (2026, 12)
    assert parse_case_number(DEFAULT_FORMAT, "旧城", "新城劳调〔2026〕第12号") is None
    assert parse_case_number(DEFAULT_FORMAT, "旧城", "旧城劳调〔2026〕第0号") is None
    padded = "{office}〔{year}〕{seq:03d}"
    assert parse_case_number(padded, "旧城", "旧城〔2026〕012") == (2026, 12)
    assert parse_case_number(padded, "旧城", "旧城〔2026〕12") is None
    assert parse_case_number("{year}-{seq}/{year}", "x", "2026-5/2025") is None
    assert parse_case_number("{year}-{seq}/{year}", "x", "2026-5/2026") == (2026, 5)


formats = st.sampled_from(
    [DEFAULT_FORMAT, "{office}劳调〔{year}〕第{seq:03d}号", "{year}{seq:05d}", "{office}({year}){seq}", "{seq}-{year}"]
)
offices = st.text(st.characters(whitelist_categories=["Lo", "Lu", "Ll"]), min_size=1, max_size=6)


@settings(max_examples=200)
@given(formats, offices, st.integers(1000, 9999), st.integers(1, 99999))
def test_numbers_read_back(fmt: str, office: str, year: int, seq: int) -> None:
    number = format_case_number(fmt, office, year, seq)
    assert parse_case_number(fmt, office, number) == (year, seq)


@settings(max_examples=200)
@given(formats, offices, st.integers(1000, 9999), st.integers(1, 9999), st.integers(1, 9999))
def test_distinct_sequences_give_distinct_numbers(fmt: str, office: str, year: int, a: int, b: int) -> None:
    assert (format_case_number(fmt, office, year, a) == format_case_number(fmt, office, year, b)) == (a == b)


@settings(max_examples=300)
@given(st.text(max_size=40))
def test_any_text_is_valid_or_a_validation_error(fmt: str) -> None:
    try:
        validate_format(fmt)
    except ValidationError as error:
        assert error.problems and all(p.field == "case_number_format" for p in error.problems)
    else:
        assert format_case_number(fmt, "旧城", 2026, 7)
