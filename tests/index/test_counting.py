"""index.counting: what a sentence measures, on sentences written for each rule."""

import pytest

from index.counting import gives_measure


@pytest.mark.parametrize(
    "text",
    [
        "Arvid Nes, 67, said the boat was late.",
        "Ava, who is eight, was halfway through her lesson.",
        "Jon Berg, who was 41, had worked at the mill for years.",
        "The ferry, built in 1968, was the oldest in the fleet.",
        "A seven-year-old boy was rescued.",
    ],
)
def test_an_age_is_read_where_a_sentence_gives_one(text: str) -> None:
    assert gives_measure("age", text, of_person=True)


@pytest.mark.parametrize(
    "text",
    [
        "Ava, who is in her class, was halfway through the lesson.",  # no number: no age
        "Ava was one of eight children in the lesson.",
        "Ava, who is here, said eight people were hurt.",
    ],
)
def test_a_number_that_is_no_age_is_not_read_as_one(text: str) -> None:
    assert not gives_measure("age", text, of_person=True)


@pytest.mark.parametrize(
    ("text", "noun", "bound"),
    [
        ("A 52-metre blade broke off the turbine.", "blade", True),
        ("The blade, which is 52 metres long, broke off.", "blade", True),
        ("Workers walked out at the start of a six-hour strike.", "strike", True),
        ("A 40 metre wind turbine blade fell.", "blade", True),
        ("The blades are 50m long.", "blade", True),
        ("The blade fell, and pieces were found 300 metres away.", "blade", False),
        ("The strike began two hours after the talks ended.", "strike", False),
        ("The 52-metre tower lost a blade.", "blade", False),
    ],
)
def test_a_length_bound_to_its_thing(text: str, noun: str, bound: bool) -> None:
    from index.counting import measures_thing

    assert measures_thing(text, noun) is bound


@pytest.mark.parametrize(
    ("kind", "text", "gives"),
    [
        ("depth", "Inspectors found a line of cracks about 40 metres long near the quay.", False),
        ("depth", "The cracks run up to two metres deep in places.", True),
        ("depth", "The hull rests 30 metres below the surface.", True),
        ("height", "A 52-metre-long mast came down in the gale.", False),
        ("height", "The mast stood 52 metres tall.", True),
        ("distance", "The 52m-long mast fell across the road.", False),
        ("distance", "Pieces of the mast landed 300 metres away.", True),
        ("width", "Divers found a 3m-wide gap in the sea wall.", True),
        ("width", "The sea wall is 4 metres high.", False),
        ("size", "Divers found a crack 40 metres long.", True),  # a size is any dimension
    ],
)
def test_a_length_said_of_one_dimension_gives_no_other(kind: str, text: str, gives: bool) -> None:
    """ "40 metres long" is a length, not a depth; "4 metres high" a height, not a width; a size takes any."""
    assert gives_measure(kind, text) is gives
