"""Money as integer fen: parsing what users type, and printing figures and 人民币大写 capital numerals.

Amounts are never floats. ``parse_amount`` reads yuan (text, Decimal or int) into fen; ``to_capital``
writes the capital form used on agreements (人民币壹万贰仟叁佰元整); ``format_both`` gives the form
printed on documents, capital numerals followed by figures in full-width parentheses.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from mediator.errors import Problem, ValidationError
from mediator.i18n import t

MAX_FEN = 10**14 - 1
"""The largest amount handled: 999,999,999,999.99 yuan (below one 万亿)."""

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_POSITION_UNITS = ("", "拾", "佰", "仟")
_GROUP_UNITS = ("", "万", "亿")
_PREFIX = "人民币"
_FEN = Decimal("0.01")
_MAX_YUAN = Decimal(MAX_FEN).scaleb(-2)

_NUMBER = re.compile(r"(?P<int>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<frac>\d+))?")


def parse_amount(value: str | int | Decimal, field: str) -> int:
    """Read an amount in yuan and return it in fen.

    Text may carry a ¥/￥ sign, a trailing 元, thousands commas in groups of three and full-width
    characters (as Chinese input methods type them). An ``int`` is a whole number of yuan. Amounts
    that are negative, not whole fen, not finite or not below 10^12 yuan raise ``ValidationError``
    naming ``field``. Floats raise ``TypeError``: they cannot represent fen exactly.
    """
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
        raise TypeError(f"parse_amount takes str, int or Decimal, not {type(value).__name__}")
    if isinstance(value, str):
        amount = _parse_text(value, field)
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        if not value.is_finite():
            raise _invalid(field, t("“{value}” is not an amount", value=str(value)))
        amount = value
    if amount < 0:
        raise _invalid(field, t("The amount cannot be negative"))
    if amount > _MAX_YUAN:
        raise _invalid(field, t("The amount is too large"))
    whole_fen = amount.quantize(_FEN)
    if whole_fen != amount:
        raise _invalid(field, t("An amount has at most two decimal places (fen)"))
    return int(whole_fen.scaleb(2))


def _parse_text(value: str, field: str) -> Decimal:
    text = unicodedata.normalize("NFKC", value).strip()
    if not text:
        raise _invalid(field, t("Enter an amount"))
    body = text.removeprefix("¥").removesuffix("元").strip()
    negative = body.startswith("-")
    body = body.lstrip("+-").strip()
    match = _NUMBER.fullmatch(body)
    if match is None:
        raise _invalid(field, t("“{value}” is not an amount", value=value.strip()))
    if negative and set(match.group(0)) - {"0", ".", ","}:
        raise _invalid(field, t("The amount cannot be negative"))
    try:
        return Decimal(match.group(0).replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the pattern only admits decimal literals
        raise _invalid(field, t("“{value}” is not an amount", value=value.strip())) from None


def _invalid(field: str, message: str) -> ValidationError:
    return ValidationError(Problem(field, message))


def _check_range(fen: int) -> None:
    if isinstance(fen, bool) or not isinstance(fen, int):
        raise TypeError(f"amounts are int fen, not {type(fen).__name__}")
    if not 0 <= fen <= MAX_FEN:
        raise ValueError(f"amount {fen} fen is outside 0..{MAX_FEN}")


def to_yuan(fen: int) -> Decimal:
    """The amount as an exact Decimal number of yuan with two places."""
    _check_range(fen)
    return Decimal(fen).scaleb(-2)


def format_figures(fen: int) -> str:
    """Figures with a yuan sign, thousands commas and two decimals: ``¥12,300.00``."""
    _check_range(fen)
    return f"¥{fen // 100:,}.{fen % 100:02d}"


def _integer_capital(yuan: int) -> str:
    """Capital numerals for a whole number of yuan > 0, one 零 per run of inner zeros."""
    digits = str(yuan)
    out: list[str] = []
    pending_zero = False
    group_has_digit = False
    for index, char in enumerate(digits):
        place = len(digits) - 1 - index
        digit = int(char)
        if digit == 0:
            pending_zero = bool(out)
        else:
            if pending_zero:
                out.append("零")
                pending_zero = False
            out.append(_DIGITS[digit] + _POSITION_UNITS[place % 4])
            group_has_digit = True
        if place % 4 == 0:
            if group_has_digit:
                out.append(_GROUP_UNITS[place // 4])
            group_has_digit = False
    return "".join(out)


def to_capital(fen: int) -> str:
    """人民币大写 per the payment-instrument convention, e.g. ``人民币壹仟肆佰零玖元伍角``.

    整 follows 元 when there are no 角 or 分, and never follows 角 or 分. A zero 角 between 元 and
    a non-zero 分 is written 零 (元零贰分). Amounts under one yuan omit 零元 (人民币伍角).
    """
    _check_range(fen)
    yuan, jiao, fen_digit = fen // 100, fen // 10 % 10, fen % 10
    if fen == 0:
        return _PREFIX + "零元整"
    parts = [_PREFIX]
    if yuan:
        parts.append(_integer_capital(yuan) + "元")
        if not jiao and not fen_digit:
            parts.append("整")
        elif not jiao:
            parts.append("零")
    if jiao:
        parts.append(_DIGITS[jiao] + "角")
    if fen_digit:
        parts.append(_DIGITS[fen_digit] + "分")
    return "".join(parts)


def format_both(fen: int) -> str:
    """Capital numerals followed by figures, as printed: ``人民币壹万贰仟叁佰元整（¥12,300.00）``."""
    return f"{to_capital(fen)}（{format_figures(fen)}）"
