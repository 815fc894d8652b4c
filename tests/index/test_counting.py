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
    ("text", "of_time", "states"),
    [
        ("The council said the closure would last about three weeks.", True, True),
        ("Boil the water for at least one minute before drinking it.", True, True),  # a length, then a purpose
        ("The ferry sailed for forty minutes before turning back.", True, True),
        ("The road will stay shut until the repairs are finished.", True, False),  # left to a clause
        ("The road has been shut since the storm.", True, False),
        ("The road carries about 9,000 cars a day.", True, False),  # a rate
        ("The council checks its roads every two years.", True, False),
        ("Two weeks before the storm, the council was warned.", True, False),  # a day placed, not a length
        ("A day later the road reopened.", True, False),
        ("Engineers found an 8-inch crack in the wall.", False, True),  # a length of a thing
        ("Engineers found an 8-inch crack in the wall.", True, False),  # ... but no length of time
    ],
)
def test_a_length_is_stated_by_its_figure(text: str, of_time: bool, states: bool) -> None:
    """ "How long ...?" is best answered by a length in figures or number words; a clause, a rate, a frequency
    or a day placed against another is no such length."""
    from index.counting import states_length

    assert states_length(text, of_time) is states


def test_a_time_between_two_events_is_a_stated_length_only_when_asked() -> None:
    from index.counting import states_length

    text = "The crew reached the boat at 04:00, more than ten hours later."
    assert states_length(text, True, elapsed=True)
    assert not states_length(text, True)


@pytest.mark.parametrize(
    "text",
    ["Engineers found an 8-inch crack in the wall.", "The gap is 30 cm wide.", "The ball landed 40 yards away."],
)
def test_small_lengths_are_lengths(text: str) -> None:
    """Inches, centimetres and yards answer "how long" as metres do."""
    from index.counting import gives_span

    assert gives_span(text)


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
