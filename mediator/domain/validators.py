"""Identity and contact checks: citizen ID, unified social credit code, mobile and landline numbers.

Each check returns the normalized value with ``errors`` (the input cannot be what it claims: wrong
length or characters, a birth date that does not exist) and ``warnings`` (it may be mistyped: a
failing check character, a holder under 16). The product warns and never silently accepts or
hard-blocks: callers refuse to save while there are errors, and save with warnings only once the
user has acknowledged them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from mediator.i18n import t

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK_CHARS = "10X98765432"
CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
MIN_WORKING_AGE = 16

# Province-level prefixes of GB/T 2260, plus 81/82/83 used by residence permits for Hong Kong,
# Macao and Taiwan residents and 91 by the 2023 foreign permanent-resident ID card.
_REGION_PREFIXES = frozenset({
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42",
    "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82",
    "83", "91",
})
_MOBILE = re.compile(r"1[3-9][0-9]{9}")
_LANDLINE = re.compile(
    r"\(?(?P<area>0(?:[12][0-9]|[3-9][0-9]{2}))\)?[\s-]*(?P<local>[2-9][0-9]{6,7}|[2-9][0-9]{2,3}[\s-][0-9]{4})"
    r"(?:\s*(?:-|转|分机|ext\.?|x|#)\s*(?P<ext>[0-9]{1,6}))?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Check:
    """The outcome of one check; ``value`` is normalized whether or not it passed."""

    value: str
    errors: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """No errors: may be saved, after the user acknowledges any warnings."""
        return not self.errors

    @property
    def clean(self) -> bool:
        """Neither errors nor warnings."""
        return not self.errors and not self.warnings


@dataclass(frozen=True)
class CitizenIdCheck(Check):
    """A citizen ID check with what the number encodes, when it could be read."""

    sex: str | None = None
    birth_date: date | None = None
    region: str | None = None


@dataclass(frozen=True)
class CreditCodeCheck(Check):
    """``kind`` is ``credit_code`` (18 characters) or ``registration_number`` (15 digits)."""

    kind: str | None = None


def _normalize(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split()).upper()


def id_check_char(first17: str) -> str:
    """The GB 11643-1999 check character for the first 17 digits."""
    return ID_CHECK_CHARS[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS, strict=True)) % 11]


def credit_check_char(first17: str) -> str:
    """The GB 32100-2015 check character for the first 17 characters."""
    total = sum(CREDIT_ALPHABET.index(c) * w for c, w in zip(first17, CREDIT_WEIGHTS, strict=True))
    return CREDIT_ALPHABET[(31 - total % 31) % 31]


def _age(birth: date, today: date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def check_citizen_id(text: str, today: date | None = None) -> CitizenIdCheck:
    """Check a resident ID number (GB 11643-1999) and read its region, birth date and sex.

    The 18-character form is expected. A 15-digit first-generation number (birth year 19YY, no
    check character) is read but warned about: those cards stopped being valid on 2013-01-01.
    """
    value = _normalize(text)
    today = today or date.today()
    if not value:
        return CitizenIdCheck(value, errors=(t("Enter an ID number"),))
    if len(value) == 18:
        if not (value[:17].isdigit() and value[:17].isascii() and value[17] in "0123456789X"):
            return CitizenIdCheck(value, errors=(t("An ID number is 17 digits followed by a digit or X"),))
        birth_text, sex_digit = value[6:14], value[16]
    elif len(value) == 15:
        if not (value.isdigit() and value.isascii()):
            return CitizenIdCheck(value, errors=(t("A 15-digit ID number has digits only"),))
        birth_text, sex_digit = "19" + value[6:12], value[14]
    else:
        return CitizenIdCheck(
            value, errors=(t("An ID number has 18 characters, not {count}", count=len(value)),)
        )
    try:
        birth = date(int(birth_text[:4]), int(birth_text[4:6]), int(birth_text[6:]))
    except ValueError:
        return CitizenIdCheck(
            value, errors=(t("The birth date {digits} in the ID number does not exist", digits=birth_text),)
        )
    if birth > today:
        return CitizenIdCheck(
            value, errors=(t("The birth date {birth} in the ID number is in the future", birth=birth),)
        )
    warnings: list[str] = []
    if len(value) == 15:
        warnings.append(t("This is a first-generation 15-digit ID number, no longer valid since 2013"))
    elif (expected := id_check_char(value[:17])) != value[17]:
        warnings.append(t("The last character should be {expected}: the number may be mistyped", expected=expected))
    if value[:2] not in _REGION_PREFIXES:
        warnings.append(t("The ID number starts with an unknown region code {code}", code=value[:6]))
    age = _age(birth, today)
    if age < MIN_WORKING_AGE:
        warnings.append(t("The holder is {age} years old, under the minimum working age of 16", age=age))
    return CitizenIdCheck(
        value,
        warnings=tuple(warnings),
        sex="male" if int(sex_digit) % 2 else "female",
        birth_date=birth,
        region=value[:6],
    )


def check_credit_code(text: str) -> CreditCodeCheck:
    """Check a unified social credit code (GB 32100-2015), or a sole trader's 15-digit number.

    A failing check character is a warning: some early codes were issued that way.
    """
    value = _normalize(text)
    if not value:
        return CreditCodeCheck(value, errors=(t("Enter a credit code"),))
    if len(value) == 15 and value.isdigit() and value.isascii():
        return CreditCodeCheck(value, kind="registration_number")
    if len(value) != 18:
        return CreditCodeCheck(
            value,
            errors=(t("A credit code has 18 characters (or 15 digits for a sole trader), not {count}",
                      count=len(value)),),
        )
    bad = "".join(sorted({c for c in value if c not in CREDIT_ALPHABET}))
    if bad:
        return CreditCodeCheck(value, errors=(t("A credit code cannot contain {chars}", chars=bad),))
    warnings = ()
    if (expected := credit_check_char(value[:17])) != value[17]:
        warnings = (t("The last character should be {expected}: the code may be mistyped", expected=expected),)
    return CreditCodeCheck(value, warnings=warnings, kind="credit_code")


def check_mobile(text: str) -> Check:
    """Check a mainland mobile number; ``+86``/``0086``/``86``, spaces and dashes are dropped."""
    raw = unicodedata.normalize("NFKC", text).strip()
    value = re.sub(r"[\s\-()]", "", raw)
    for prefix in ("+86", "0086", "86"):
        if value.startswith(prefix) and len(value) == len(prefix) + 11:
            value = value[len(prefix):]
            break
    if not value:
        return Check(value, errors=(t("Enter a mobile number"),))
    if not (value.isascii() and _MOBILE.fullmatch(value)):
        return Check(value, errors=(t("A mobile number is 11 digits starting with 13 to 19"),))
    return Check(value)


def check_landline(text: str) -> Check:
    """Check a landline with its area code, normalized to ``010-62345678`` or ``0571-8888888-123``.

    Area codes 010 and 02x have three digits, all others four; the local number has 7 or 8 and
    starts with 2–9 (numbers starting with 1 are special services).
    """
    raw = unicodedata.normalize("NFKC", text).strip()
    if not raw:
        return Check(raw, errors=(t("Enter a landline number"),))
    national = re.sub(r"^(?:\+86|0086)[\s-]*", "", raw)
    if national != raw:
        national = "0" + national.lstrip("(").removeprefix("0")
    match = _LANDLINE.fullmatch(national)
    if match is None:
        return Check(raw, errors=(t("Enter the landline with its area code, e.g. 010-62345678"),))
    local = re.sub(r"[\s-]", "", match["local"])
    value = f"{match['area']}-{local}" + (f"-{match['ext']}" if match["ext"] else "")
    return Check(value)


def mask_id(text: str) -> str:
    """Mask an ID for lists and exports: ``110105********002X`` (first 6 and last 4 kept).

    Shorter document numbers (passports, permits) keep only their first and last two characters.
    """
    value = _normalize(text)
    if len(value) >= 15:
        keep_head, keep_tail = 6, 4
    elif len(value) >= 6:
        keep_head, keep_tail = 1, 2
    else:
        keep_head, keep_tail = 0, 0
    hidden = len(value) - keep_head - keep_tail
    return value[:keep_head] + "*" * hidden + value[len(value) - keep_tail:]
