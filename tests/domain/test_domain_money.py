"""Amounts: parsing what users type into fen, capital numerals (人民币大写) and figures."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediator.domain.money import MAX_FEN, format_both, format_figures, parse_amount, to_capital, to_yuan
from mediator.errors import ValidationError

DOMAIN_EXAMPLES = [
    ("12300", "人民币壹万贰仟叁佰元整"),
    ("100000", "人民币壹拾万元整"),
    ("1409.50", "人民币壹仟肆佰零玖元伍角"),
    ("6007.14", "人民币陆仟零柒元壹角肆分"),
    ("16409.02", "人民币壹万陆仟肆佰零玖元零贰分"),
    ("325.04", "人民币叁佰贰拾伍元零肆分"),
]


@pytest.mark.parametrize(("amount", "capital"), DOMAIN_EXAMPLES)
def test_domain_examples_verbatim(amount: str, capital: str) -> None:
    assert to_capital(parse_amount(amount, "amount")) == capital


@pytest.mark.parametrize(
    ("yuan", "capital"),
    [
        (0, "人民币零元整"),
        (10, "人民币壹拾元整"),
        (15, "人民币壹拾伍元整"),
        (101, "人民币壹佰零壹元整"),
        (1001, "人民币壹仟零壹元整"),
        (1010, "人民币壹仟零壹拾元整"),
        (100010, "人民币壹拾万零壹拾元整"),
        (10000000, "人民币壹仟万元整"),
        (10010000, "人民币壹仟零壹万元整"),
        (1_0000_0001, "人民币壹亿零壹元整"),
        (1_0001_0000, "人民币壹亿零壹万元整"),
        (1_1000_0000, "人民币壹亿壹仟万元整"),
        (10_0000_0000, "人民币壹拾亿元整"),
        (9999_9999_9999, "人民币玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元整"),
    ],
)
def test_whole_yuan(yuan: int, capital: str) -> None:
    assert to_capital(yuan * 100) == capital


@pytest.mark.parametrize(
    ("fen", "capital"),
    [
        (50, "人民币伍角"),
        (5, "人民币伍分"),
        (14, "人民币壹角肆分"),
        (100_05, "人民币壹佰元零伍分"),
        (168032, "人民币壹仟陆佰捌拾元叁角贰分"),
        (100, "人民币壹元整"),
    ],
)
def test_fractions(fen: int, capital: str) -> None:
    assert to_capital(fen) == capital


def test_printed_forms() -> None:
    assert format_figures(1230000) == "¥12,300.00"
    assert format_figures(5) == "¥0.05"
    assert format_both(1230000) == "人民币壹万贰仟叁佰元整（¥12,300.00）"
    assert to_yuan(140950) == Decimal("1409.50")


@pytest.mark.parametrize(
    ("value", "fen"),
    [
        ("12300", 1230000),
        ("1,409.50", 140950),
        ("¥6007.14", 600714),
        ("￥6,007.14", 600714),
        (" 325.04 元", 32504),
        ("１２３．４５", 12345),
        ("1.500", 150),
        ("+7", 700),
        (Decimal("16409.02"), 1640902),
        (Decimal("1.10"), 110),
        (12300, 1230000),
        ("999999999999.99", MAX_FEN),
    ],
)
def test_parse_amount_accepts(value: str | int | Decimal, fen: int) -> None:
    assert parse_amount(value, "amount") == fen


@pytest.mark.parametrize(
    "value",
    ["", "  ", "-1", "-0.01", "1.001", "abc", "NaN", "inf", "1e5", "1,40,9", "12,3456", ".5", "1.", "¥", "1 000",
     "1000000000000", Decimal("NaN"), Decimal("-Infinity"), Decimal("0.001"), Decimal("1E+12"), -5,
     Decimal("1.0000000000000000000000000001")],
)
def test_parse_amount_rejects_with_field(value: str | int | Decimal) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_amount(value, "terms[0].amount")
    assert [p.field for p in caught.value.problems] == ["terms[0].amount"]
    assert caught.value.problems[0].message


@pytest.mark.parametrize("value", [1.5, True, None, b"12"])
def test_parse_amount_refuses_other_types(value: object) -> None:
    with pytest.raises(TypeError):
        parse_amount(value, "amount")  # type: ignore[arg-type]


@pytest.mark.parametrize("fen", [-1, MAX_FEN + 1])
def test_out_of_range_fen_is_a_programming_error(fen: int) -> None:
    with pytest.raises(ValueError):
        to_capital(fen)
    with pytest.raises(ValueError):
        format_figures(fen)


# An independent reading of capital numerals, written from the convention rather than the encoder.
_DIGIT = {c: i for i, c in enumerate("零壹贰叁肆伍陆柒捌玖")}
_SMALL = {"拾": 10, "佰": 100, "仟": 1000}


def _read_integer(text: str) -> int:
    total = section = number = 0
    for char in text:
        if char in _DIGIT:
            number = _DIGIT[char]
        elif char in _SMALL:
            section += number * _SMALL[char]
            number = 0
        elif char == "万":
            total += (section + number) * 10_000
            section = number = 0
        elif char == "亿":
            total = (total + section + number) * 100_000_000
            section = number = 0
        else:
            raise AssertionError(f"unexpected {char!r} in {text!r}")
    return total + section + number


def read_capital(text: str) -> int:
    assert text.startswith("人民币")
    body = text.removeprefix("人民币").removesuffix("整")
    whole, _, fraction = body.rpartition("元") if "元" in body else ("", "", body)
    fen = _read_integer(whole) * 100
    match = re.fullmatch(r"零?(?:(?P<jiao>[壹贰叁肆伍陆柒捌玖])角)?(?:(?P<fen>[壹贰叁肆伍陆柒捌玖])分)?", fraction)
    assert match is not None, text
    if match["jiao"]:
        fen += _DIGIT[match["jiao"]] * 10
    if match["fen"]:
        fen += _DIGIT[match["fen"]]
    return fen


amounts = st.one_of(
    st.integers(min_value=0, max_value=MAX_FEN),
    st.integers(min_value=0, max_value=10**6),
    st.builds(lambda d, z: int(str(d) + "0" * z) % (MAX_FEN + 1), st.integers(1, 9999), st.integers(0, 12)),
)


@settings(max_examples=800)
@given(amounts)
def test_capital_round_trips(fen: int) -> None:
    assert read_capital(to_capital(fen)) == fen


@settings(max_examples=400)
@given(amounts)
def test_capital_shape(fen: int) -> None:
    capital = to_capital(fen)
    assert capital.startswith("人民币")
    assert "零零" not in capital
    assert not capital.endswith("零")
    assert "零元" not in capital or capital == "人民币零元整"
    assert "零万" not in capital and "零亿" not in capital and "亿万" not in capital
    assert capital.endswith("整") == (fen % 100 == 0)
    assert not capital.endswith(("角整", "分整"))
    assert all(capital[i - 1] in _DIGIT for i, c in enumerate(capital) if c in "拾佰仟角分")


@settings(max_examples=300)
@given(amounts)
def test_figures_parse_back(fen: int) -> None:
    assert parse_amount(format_figures(fen), "amount") == fen
    assert parse_amount(to_yuan(fen), "amount") == fen
    assert parse_amount(str(to_yuan(fen)), "amount") == fen
    assert format_both(fen) == f"{to_capital(fen)}（{format_figures(fen)}）"


@settings(max_examples=300)
@given(st.text(max_size=30))
def test_any_text_parses_or_names_the_field(text: str) -> None:
    try:
        fen = parse_amount(text, "amount")
    except ValidationError as error:
        assert [p.field for p in error.problems] == ["amount"]
    else:
        assert 0 <= fen <= MAX_FEN
