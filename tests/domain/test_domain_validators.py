"""Identity and contact checks: errors for impossible input, warnings for likely typos."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from mediator.domain.validators import (
    check_citizen_id,
    check_credit_code,
    check_landline,
    check_mobile,
    mask_id,
)

TODAY = date(2025, 6, 1)
WEIGHTS_ID = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS_CREDIT = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def with_id_check(first17: str) -> str:
    return first17 + "10X98765432"[sum(int(c) * w for c, w in zip(first17, WEIGHTS_ID, strict=True)) % 11]


def with_credit_check(first17: str) -> str:
    total = sum(ALPHABET.index(c) * w for c, w in zip(first17, WEIGHTS_CREDIT, strict=True))
    return first17 + ALPHABET[(31 - total % 31) % 31]


@pytest.mark.parametrize(
    ("text", "sex", "birth", "region"),
    [
        ("11010519491231002X", "female", date(1949, 12, 31), "110105"),
        ("11010519491231002x", "female", date(1949, 12, 31), "110105"),
        (" 4405 2418 8001 0100 14 ", "male", date(1880, 1, 1), "440524"),
        ("４４０５２４１８８００１０１００１４", "male", date(1880, 1, 1), "440524"),
    ],
)
def test_domain_ids_are_clean(text: str, sex: str, birth: date, region: str) -> None:
    check = check_citizen_id(text, today=TODAY)
    assert check.clean
    assert (check.sex, check.birth_date, check.region) == (sex, birth, region)
    assert check.value == check.value.strip().upper() and len(check.value) == 18


def test_checksum_mismatch_is_a_warning_not_an_error() -> None:
    check = check_citizen_id("110105194912310021", today=TODAY)
    assert check.ok and not check.clean
    assert any("X" in w for w in check.warnings)
    assert check.birth_date == date(1949, 12, 31)


@pytest.mark.parametrize(
    "text",
    ["", "1101051949123100", "11010519491231002XX", "11010519491231002Y", "X10105194912310021",
     "110105194902300020", "110105194913010020", "110105203001010010", "11010519491231O02X"],
)
def test_impossible_ids_are_errors(text: str) -> None:
    check = check_citizen_id(text, today=TODAY)
    assert check.errors and not check.ok
    assert check.sex is None and check.birth_date is None


def test_under_sixteen_warns_on_the_day_before_the_birthday_only() -> None:
    number = with_id_check("11010520090601001")
    assert check_citizen_id(number, today=date(2025, 6, 1)).clean
    young = check_citizen_id(number, today=date(2025, 5, 31))
    assert young.ok and len(young.warnings) == 1 and "15" in young.warnings[0]


def test_fifteen_digit_first_generation_id_is_read_with_a_warning() -> None:
    check = check_citizen_id("110105491231002", today=TODAY)
    assert check.ok and len(check.warnings) == 1
    assert (check.birth_date, check.sex, check.region) == (date(1949, 12, 31), "female", "110105")
    assert check_citizen_id("110105491331002", today=TODAY).errors


def test_unknown_region_warns() -> None:
    check = check_citizen_id(with_id_check("99010519491231002"), today=TODAY)
    assert check.ok and len(check.warnings) == 1


REGIONS = ["11", "31", "44", "65", "81", "83"]
birth_dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2009, 5, 31))


@st.composite
def valid_ids(draw: st.DrawFn) -> tuple[str, date, int]:
    birth = draw(birth_dates)
    sequence = draw(st.integers(0, 999))
    first17 = draw(st.sampled_from(REGIONS)) + f"{draw(st.integers(0, 9999)):04d}" + birth.strftime("%Y%m%d")
    return with_id_check(first17 + f"{sequence:03d}"), birth, sequence


@settings(max_examples=300)
@given(valid_ids())
def test_generated_ids_are_accepted_with_derived_fields(case: tuple[str, date, int]) -> None:
    number, birth, sequence = case
    check = check_citizen_id(number.lower(), today=TODAY)
    assert check.clean, check.warnings
    assert check.value == number
    assert check.birth_date == birth
    assert check.sex == ("male" if sequence % 2 else "female")
    assert check.region == number[:6]


@settings(max_examples=300)
@given(valid_ids(), st.sampled_from([2, 3, 4, 5, 14, 15, 16, 17]), st.integers(1, 10))
def test_one_changed_character_warns(case: tuple[str, date, int], position: int, shift: int) -> None:
    number = case[0]
    alphabet = "0123456789X" if position == 17 else "0123456789"
    assume(shift < len(alphabet))
    changed = alphabet[(alphabet.index(number[position]) + shift) % len(alphabet)]
    mutated = number[:position] + changed + number[position + 1:]
    check = check_citizen_id(mutated, today=TODAY)
    assert check.ok and len(check.warnings) == 1


@settings(max_examples=300)
@given(st.text(max_size=40))
def test_random_text_never_crashes(text: str) -> None:
    citizen = check_citizen_id(text, today=TODAY)
    assert (citizen.birth_date is None) == bool(citizen.errors)
    if citizen.ok:
        assert re.fullmatch(r"[0-9]{17}[0-9X]|[0-9]{15}", citizen.value)
    credit = check_credit_code(text)
    if credit.ok:
        assert re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{18}|[0-9]{15}", credit.value)
    mobile = check_mobile(text)
    if mobile.ok:
        assert re.fullmatch(r"1[3-9][0-9]{9}", mobile.value)
    landline = check_landline(text)
    if landline.ok:
        assert re.fullmatch(r"0[0-9]{2,3}-[2-9][0-9]{6,7}(-[0-9]{1,6})?", landline.value)
    assert isinstance(mask_id(text), str)


@pytest.mark.parametrize("code", ["91350100M000100Y43", "91110000802100433B", "91110000802100433b"])
def test_domain_credit_codes_are_clean(code: str) -> None:
    check = check_credit_code(code)
    assert check.clean and check.kind == "credit_code" and check.value == code.upper()


def test_credit_code_mismatch_warns() -> None:
    check = check_credit_code("91110000802100433C")
    assert check.ok and len(check.warnings) == 1 and "B" in check.warnings[0]


def test_sole_trader_registration_number_is_accepted_without_warning() -> None:
    check = check_credit_code("110108 000000016")
    assert check.clean and check.kind == "registration_number" and check.value == "110108000000016"


@pytest.mark.parametrize("code", ["", "9111000080210043", "91110000802100433I", "91110000802100433O",
                                  "9111000080210O433B", "11010800000001A", "91110000802100433B1"])
def test_impossible_credit_codes_are_errors(code: str) -> None:
    assert check_credit_code(code).errors


@settings(max_examples=300)
@given(st.text(ALPHABET, min_size=17, max_size=17), st.integers(0, 17), st.integers(1, 30))
def test_generated_credit_codes(first17: str, position: int, shift: int) -> None:
    code = with_credit_check(first17)
    assert check_credit_code(code).clean
    changed = ALPHABET[(ALPHABET.index(code[position]) + shift) % 31]
    mutated = code[:position] + changed + code[position + 1:]
    check = check_credit_code(mutated)
    assert check.ok and len(check.warnings) == 1


@pytest.mark.parametrize(
    "text", ["13812345678", "138 1234 5678", "138-1234-5678", "+86 138 1234 5678", "+8613812345678",
             "8613812345678", "0086-138-1234-5678", "１３８１２３４５６７８"],
)
def test_mobile_forms_normalize(text: str) -> None:
    assert check_mobile(text) == check_mobile("13812345678")
    assert check_mobile(text).value == "13812345678" and check_mobile(text).clean


@pytest.mark.parametrize("text", ["", "12812345678", "1381234567", "138123456789", "23812345678", "+1 138 1234 5678",
                                  "1381234567a"])
def test_bad_mobiles_are_errors(text: str) -> None:
    assert check_mobile(text).errors


@settings(max_examples=200)
@given(st.sampled_from("3456789"), st.text("0123456789", min_size=9, max_size=9),
       st.sampled_from(["", "+86 ", "86", "0086 "]), st.sampled_from(["", " ", "-"]))
def test_generated_mobiles(second: str, rest: str, prefix: str, sep: str) -> None:
    number = "1" + second + rest
    check = check_mobile(prefix + number[:3] + sep + number[3:7] + sep + number[7:])
    assert check.clean and check.value == number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("010-62345678", "010-62345678"),
        ("(010)62345678", "010-62345678"),
        ("01062345678", "010-62345678"),
        ("020 8765 4321", "020-87654321"),
        ("0571-8888888", "0571-8888888"),
        ("057188888888", "0571-88888888"),
        ("0571-88888888-123", "0571-88888888-123"),
        ("0571-88888888转8001", "0571-88888888-8001"),
        ("(0755) 8888-8888 ext. 12", "0755-88888888-12"),
        ("+86 10 62345678", "010-62345678"),
    ],
)
def test_landlines_normalize(text: str, value: str) -> None:
    check = check_landline(text)
    assert check.clean and check.value == value


@pytest.mark.parametrize("text", ["", "62345678", "1062345678", "010-12345678", "010-623456", "0571-888888888",
                                  "13812345678", "0571-8888-888"])
def test_bad_landlines_are_errors(text: str) -> None:
    assert check_landline(text).errors


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("11010519491231002X", "110105********002X"),
        ("11010519491231002x", "110105********002X"),
        ("110105491231002", "110105*****1002"),
        ("E12345678", "E******78"),
        ("1234", "****"),
        ("", ""),
    ],
)
def test_mask_id(text: str, masked: str) -> None:
    assert mask_id(text) == masked


@given(st.text(st.characters(min_codepoint=33, max_codepoint=126), max_size=30))
def test_mask_keeps_length_and_hides_the_middle(text: str) -> None:
    value, masked = text.upper(), mask_id(text)
    assert len(masked) == len(value)
    if len(value) >= 15:
        assert masked[:6] == value[:6] and masked[-4:] == value[-4:] and set(masked[6:-4]) == {"*"}
    elif len(value) >= 6:
        assert masked == value[0] + "*" * (len(value) - 3) + value[-2:]
    else:
        assert masked == "*" * len(value)
