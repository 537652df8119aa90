"""Canonical JSON: RFC 8785 known answers and the strict parser's refusals."""

from __future__ import annotations

import hashlib
import struct
from typing import Any

import pytest
import rfc8785
from hypothesis import given
from hypothesis import strategies as st

from catalogue.canonical import (
    canonical_bytes,
    content_hash,
    nested_deeper,
    parse_canonical,
    parse_strict,
)
from catalogue.errors import InvalidInput

# RFC 8785 section 3.2.2 (the sample input and its canonical output).
RFC_INPUT = (
    '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],'
    ' "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",'
    ' "literals": [null, true, false]}'
)
RFC_OUTPUT = (
    '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],'
    '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}'
)


def test_rfc8785_sample_known_answer() -> None:
    import json

    assert rfc8785.dumps(json.loads(RFC_INPUT)).decode("utf-8") == RFC_OUTPUT


def test_rfc8785_property_sorting_known_answer() -> None:
    # RFC 8785 section 3.2.3: keys sorted by UTF-16 code units.
    value = {
        "\u20ac": "Euro Sign",
        "\r": "Carriage Return",
        "\ufb33": "Hebrew Letter Dalet With Dagesh",
        "1": "One",
        "\U0001f600": "Emoji: Grinning Face",
        "\u0080": "Control",
        "\u00f6": "Latin Small Letter O With Diaeresis",
    }
    expected = (
        '{"\\r":"Carriage Return","1":"One","\u0080":"Control",'
        '"\u00f6":"Latin Small Letter O With Diaeresis","\u20ac":"Euro Sign",'
        '"\U0001f600":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}'
    )
    assert canonical_bytes(value).decode("utf-8") == expected


@pytest.mark.parametrize(
    ("bits", "expected"),
    [  # RFC 8785 appendix B: IEEE 754 number serialisation
        ("0000000000000000", "0"),
        ("8000000000000000", "0"),
        ("0000000000000001", "5e-324"),
        ("7fefffffffffffff", "1.7976931348623157e+308"),
        ("4340000000000000", "9007199254740992"),
        ("c340000000000000", "-9007199254740992"),
        ("4430000000000000", "295147905179352830000"),
        ("44b52d02c7e14af5", "9.999999999999997e+22"),
        ("44b52d02c7e14af6", "1e+23"),
        ("3eb0c6f7a0b5ed8d", "0.000001"),
        ("3eb0c6f7a0b5ed8c", "9.999999999999997e-7"),
    ],
)
def test_rfc8785_number_known_answers(bits: str, expected: str) -> None:
    (number,) = struct.unpack(">d", bytes.fromhex(bits))
    assert rfc8785.dumps(number).decode() == expected


def test_whitespace_and_order_do_not_change_the_hash() -> None:
    a = parse_strict(b'{"b": [1, 2], "a": {"y": "\\u00e9", "x": null}}')
    b = parse_strict('{"a":{"x":null,"y":"é"},"b":[1,2]}')
    assert content_hash(a) == content_hash(b)
    assert content_hash(a) == hashlib.sha256(canonical_bytes(b)).hexdigest()


@pytest.mark.parametrize(
    ("text", "says"),
    [
        (b'{"a": 1, "a": 2}', "duplicate key"),
        (b'{"a": 1.5}', "fraction"),
        (b'{"a": 1e3}', "fraction"),
        (b'{"a": NaN}', "NaN"),
        (b'{"a": Infinity}', "Infinity"),
        (b'{"a": "\\ud800"}', "lone surrogate"),
        (b'{"a": 9007199254740993}', "outside"),
        (b"[" * 40 + b"]" * 40, "nested"),
        (b'{"a": }', "not valid JSON"),
        (b"\xff\xfe{}", "not UTF-8"),
    ],
)
def test_strict_parser_refuses(text: bytes, says: str) -> None:
    with pytest.raises(InvalidInput, match=says):
        parse_strict(text)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        (b'{"a":1,"a":2}', "duplicate key"),
        (b'{"a":"\\ud800"}', "lone surrogate"),
        (b'["\\udfff"]', "lone surrogate"),
        (b'{"\\ud800":1}', "lone surrogate"),
        (b'{"a":[9007199254740993]}', "outside"),
        (b'{"a":' * 40 + b"1" + b"}" * 40, "nested"),
        ('{"a":1}'.encode("utf-16"), "not UTF-8"),  # json.loads alone would read it
    ],
)
def test_parse_canonical_refuses_as_parse_strict(text: bytes, says: str) -> None:
    for parse in (parse_strict, parse_canonical):
        with pytest.raises(InvalidInput, match=says):
            parse(text)


def test_bom_is_accepted() -> None:
    assert parse_strict(b'\xef\xbb\xbf{"a": 1}') == {"a": 1}


def test_canonical_refuses_floats() -> None:
    with pytest.raises(InvalidInput):
        canonical_bytes({"a": 0.5})


json_values: st.SearchStrategy[Any] = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**53) + 1, max_value=2**53 - 1)
    | st.text(st.characters(exclude_categories=("Cs",))),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.text(st.characters(exclude_categories=("Cs",)), max_size=5), children, max_size=4
        )
    ),
    max_leaves=20,
)


@given(json_values)
def test_canonical_form_round_trips(value: Any) -> None:
    data = canonical_bytes(value)
    assert parse_strict(data) == value
    assert canonical_bytes(parse_strict(data)) == data


any_text = st.text(st.characters(exclude_categories=("Cs",)))
ascii_keyed: st.SearchStrategy[Any] = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**53) + 1, max_value=2**53 - 1) | any_text,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.text(st.characters(max_codepoint=127), max_size=6), children, max_size=5
        )
    ),
    max_leaves=25,
)


@given(ascii_keyed)
def test_fast_path_writes_exactly_what_rfc8785_writes(value: Any) -> None:
    assert canonical_bytes(value) == rfc8785.dumps(value)


@given(st.dictionaries(any_text, any_text, max_size=6))
def test_any_keys_canonicalise_as_rfc8785(value: dict[str, str]) -> None:
    assert canonical_bytes(value) == rfc8785.dumps(value)


def test_control_characters_and_astral_text_match_rfc8785() -> None:
    value = {"a": '\x00\x07\x08\t\n\x0b\x0c\r\x1f\x7f\u2028\u2029"\\/é😀', "\ue000": 1, "😀": 2}
    assert canonical_bytes(value) == rfc8785.dumps(value)
    assert canonical_bytes({"t": value["a"]}) == rfc8785.dumps({"t": value["a"]})


@given(json_values, st.sampled_from(["", " ", "\n"]))
def test_parse_canonical_says_whether_bytes_are_canonical(value: Any, space: str) -> None:
    data = canonical_bytes(value)
    assert parse_canonical(data) == (value, True)
    if space:
        spaced = data + space.encode()
        assert parse_canonical(spaced) == (value, False)
    assert parse_canonical(b"\xef\xbb\xbf" + data) == (value, False)


def _depth(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + max((_depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((_depth(v) for v in value), default=0)
    return 0


nested_values: st.SearchStrategy[Any] = st.recursive(
    st.text(alphabet='[]{}"\\ab', max_size=8) | st.integers(0, 9),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.text('[{\\"', max_size=3), inner, max_size=3)
    ),
    max_leaves=60,
)


@given(nested_values, st.integers(0, 6))
def test_nesting_is_measured_without_parsing_and_strings_do_not_count(
    value: Any, limit: int
) -> None:
    import json

    text = json.dumps(value)
    assert nested_deeper(text, limit) == (_depth(value) > limit)
    assert nested_deeper(text.encode(), limit) == (_depth(value) > limit)


def test_two_hundred_thousand_brackets_are_refused_before_parsing() -> None:
    deep = b"[" * 200_000
    assert nested_deeper(deep)
    for parse in (parse_strict, parse_canonical):
        with pytest.raises(InvalidInput, match="nested deeper than 32 levels"):
            parse(deep)
    assert not nested_deeper(b'["' + b"[" * 100 + b'"]')  # inside a string
    assert nested_deeper(b'["\\\\"' + b"[" * 40)  # an escaped backslash ends no string
