import pytest

from generator.load.yamlio import MAX_DEPTH, Node, NodeList, YamlError, load_yaml


def test_lines_of_keys_and_items():
    data = load_yaml("a: 1\nb:\n  - x\n  - y\nc: {d: 2}\n")
    assert isinstance(data, Node)
    assert data.line_of("a") == 1 and data.line_of("b") == 2 and data.line_of("c") == 5
    assert isinstance(data["b"], NodeList)
    assert data["b"].line_of(1) == 4


def test_first_line_offset_for_front_matter():
    data = load_yaml("title: x\noutlet: y\n", first_line=2)
    assert data.line_of("outlet") == 3


def test_dates_stay_text():
    assert load_yaml("d: 2024-11-20\n")["d"] == "2024-11-20"
    assert load_yaml("d: 2024-11-20T10:00:00+01:00\n")["d"] == "2024-11-20T10:00:00+01:00"


def test_aliases_are_refused():
    with pytest.raises(YamlError, match="aliases") as info:
        load_yaml("a: &x [1, 2]\nb: *x\n")
    assert info.value.line == 2


def test_billion_laughs_is_refused_quickly():
    bomb = 'a: &a ["lol","lol"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n'
    with pytest.raises(YamlError):
        load_yaml(bomb)


def test_duplicate_keys_are_refused():
    with pytest.raises(YamlError, match="duplicate key 'a'") as info:
        load_yaml("a: 1\nb: 2\na: 3\n")
    assert info.value.line == 3


def test_syntax_error_has_a_line():
    with pytest.raises(YamlError) as info:
        load_yaml("a: 1\nb: [unclosed\nc: 3\n", first_line=2)
    assert info.value.line is not None and info.value.line >= 3


@pytest.mark.parametrize(
    "nested",
    [
        lambda n: "[" * n + "]" * n,
        lambda n: "{a: " * n + "1" + "}" * n,
        lambda n: "\n" + "".join("  " * (i + 1) + "- \n" for i in range(n)),
    ],
    ids=["flow-lists", "flow-mappings", "block-lists"],
)
def test_nesting_is_refused_past_its_limit_before_construction(nested):
    assert load_yaml("x: " + nested(MAX_DEPTH - 1)) is not None  # the root mapping is a level
    for depth in (MAX_DEPTH, 500, 1_500):  # libyaml stops at 1,000 itself
        with pytest.raises(YamlError) as info:
            load_yaml("a: 1\nx: " + nested(depth))
        assert str(info.value) == f"invalid YAML: nested more than {MAX_DEPTH} levels deep"
        assert info.value.line is not None and info.value.line >= 2
