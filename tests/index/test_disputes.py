"""Disputes among relevant passages, on sentences written for the test and a similarity given by hand: which
claims and denials are on the question's point, and which pair is shown."""

from __future__ import annotations

import dataclasses

from index.chunking import Sentence
from index.disputes import CONTRA_FLOOR, PAIR_FLOOR, SAME_CLAIM, SIDE_FLOOR, group_stance, led_by, other_actors, sides
from index.keyword import tokenize
from index.scoring import Scored
from index.search import Candidate

_ids = iter(range(1000))


def scored(
    text: str, relevance: float, stance: str, answers: int = -1, speaker: str | None = None, article: str = ""
) -> Scored:
    """A scored sentence, alone in its article unless `article` is given; unless `speaker` is given, a claim or a
    denial is its own voice, unlike any other."""
    n = next(_ids)
    sentence = Sentence(n, article or f"article-{n}", 0, len(text), text, 0)
    if speaker is None:
        speaker = f"speaker {n}" if stance in ("claim", "denial") else ""
    return Scored(Candidate(sentence, relevance), relevance, stance, answers=answers, speaker=speaker)


def alike(pairs: dict[frozenset[str], float], default: float = 0.2):  # type: ignore[no-untyped-def]
    """A similarity that knows only the pairs of texts given (symmetric)."""

    def similarity(a: Sentence, b: Sentence) -> float:
        return 1.0 if a.text == b.text else pairs.get(frozenset((a.text, b.text)), default)

    return similarity


def never(_text: str) -> bool:
    return False


CLAIM = "The harbour board said the ferry crossed the bay at dawn."
DENIAL = "The ferry company denied that the ferry crossed the bay, calling the report false."
OFF_POINT_DENIAL = "The ferry company denied raising its fares this winter."
NEUTRAL = "The bay is twelve miles wide at its mouth."


def test_a_claim_and_a_denial_on_one_point_are_the_two_sides() -> None:
    claim, denial, neutral = scored(CLAIM, 0.9, "claim"), scored(DENIAL, 0.8, "denial"), scored(NEUTRAL, 0.85, "other")
    claims, denials = sides([[claim], [denial], [neutral]], 0.9, alike({frozenset((CLAIM, DENIAL)): 0.7}), never)
    assert [g[0].text for g in claims] == [CLAIM] and [g[0].text for g in denials] == [DENIAL]


def test_a_claim_and_a_denial_about_different_things_are_no_dispute() -> None:
    claim, denial = scored(CLAIM, 0.9, "claim"), scored(OFF_POINT_DENIAL, 0.8, "denial")
    pairs = {frozenset((CLAIM, OFF_POINT_DENIAL)): PAIR_FLOOR - 0.1}
    assert sides([[claim], [denial]], 0.9, alike(pairs), never) == ([], [])


def test_one_side_alone_is_no_dispute() -> None:
    claims = [[scored(CLAIM, 0.9, "claim")], [scored("The harbour board said it again.", 0.8, "claim")]]
    assert sides(claims, 0.9, alike({}), never) == ([], [])


def test_a_side_far_below_the_best_answer_does_not_count() -> None:
    claim, denial = scored(CLAIM, 0.9, "claim"), scored(DENIAL, SIDE_FLOOR - 0.3, "denial")
    # not relevant enough to qualify, and not close enough to the claim to answer it
    assert sides([[claim], [denial]], 0.9, alike({frozenset((CLAIM, DENIAL)): 0.45}), never) == ([], [])


def test_a_side_close_only_to_the_other_side_joins_a_dispute_but_does_not_make_one() -> None:
    claim = scored(CLAIM, 0.9, "claim")
    # fairly relevant (above CONTRA_FLOOR, below SIDE_FLOOR) and close to the claim: not on the question's point
    echo = scored(DENIAL, SIDE_FLOOR - 0.1, "denial")
    assert sides([[claim], [echo]], 0.9, alike({frozenset((CLAIM, DENIAL)): 0.7}), never) == ([], [])
    # once a denial on the question's point makes the dispute, the close one joins its side
    direct = scored("The ferry company said no ferry crossed the bay at dawn.", 0.8, "denial")
    pairs = {frozenset((CLAIM, DENIAL)): 0.7, frozenset((CLAIM, direct.text)): 0.7}
    claims, denials = sides([[claim], [direct], [echo]], 0.9, alike(pairs), never)
    assert [g[0].text for g in claims] == [CLAIM] and {g[0].text for g in denials} == {direct.text, DENIAL}


def test_a_denial_that_answers_a_claim_in_its_article_joins_however_it_is_worded() -> None:
    claim = scored(CLAIM, 0.9, "claim")
    reply = scored(
        "That is simply not what happened, a company spokeswoman said.", 0.3, "denial", answers=claim.sentence.id
    )
    claims, denials = sides([[claim], [reply]], 0.9, alike({frozenset((CLAIM, reply.text)): 0.5}), never)
    assert claims and [g[0].text for g in denials] == [reply.text]


def test_a_best_denial_saying_in_its_own_clause_what_it_denies_answers_the_claims_holding_it() -> None:
    """ "We do not accept that a fallen branch explains this." leads "was a fallen branch to blame?": the claim its
    article sets before it (the keepers' complaint about checks) holds none of its clause's words and is no side;
    the park's account of the branch, in another article and unlike it in meaning, is the claim it answers."""
    before = scored("Keepers tell us that routine checks are being rushed.", 0.15, "claim", article="u")
    denial = scored(
        "We do not accept that a fallen branch explains this.", 0.9, "denial", before.sentence.id, "The union", "u"
    )
    branch = scored("A branch came down in the wind and tore a hole in the roof.", 0.55, "claim", speaker="The park")
    other = scored("The roof has now been repaired.", 0.5, "claim", speaker="The park")
    groups = [[denial], [branch], [other], [before]]
    asked = frozenset(tokenize("was a fallen branch to blame for the escape?"))
    claims, denials = sides(groups, 0.9, alike({}), never, point=frozenset({"fallen"}), asked=asked)
    assert [g[0].text for g in claims] == [branch.text] and [g[0].text for g in denials] == [denial.text]
    # without the question's words in its clause, the article's pairing stands
    claims, _ = sides(groups, 0.9, alike({}), never, point=frozenset({"fallen"}))
    assert [g[0].text for g in claims] == [before.text]
    # and so it does when the claim it answers is itself relevant: a paraphrase of what it denies
    relevant = [[denial], [branch], [other], [dataclasses.replace(before, relevance=0.5)]]
    claims, _ = sides(relevant, 0.9, alike({}), never, point=frozenset({"fallen"}), asked=asked)
    assert [g[0].text for g in claims][:1] == [before.text]


def test_a_denial_answering_a_voice_goes_against_that_voices_claim_made_just_before() -> None:
    """'The museum had one guard that night, two members of staff have told the Gazette.' / '"We said so at the
    time," said one of them.' / 'The director denied that security had been weakened.': the denial answers the
    staff's last words, which are no candidate; their claim a sentence before, in the same article, is the other
    side. Another voice's claim there, or the staff's in another article, is not."""
    import dataclasses

    staff = "two members of staff"
    claim = scored(
        "The museum had one guard that night, two members of staff have told the Gazette.",
        0.6,
        "claim",
        speaker=staff,
        article="a",
    )
    denial = scored(
        "The museum director denied that security had been weakened.",
        0.9,
        "denial",
        article="a",
        answers=claim.sentence.id + 2,
    )
    denial = dataclasses.replace(denial, answers_voice=staff)
    claims, denials = sides([[denial], [claim]], 0.9, alike({}), never)
    assert [g[0].text for g in claims] == [claim.text] and [g[0].text for g in denials] == [denial.text]
    for other in (
        dataclasses.replace(claim, speaker="the county council"),
        dataclasses.replace(claim, candidate=Candidate(dataclasses.replace(claim.sentence, article_id="b"), 0.6)),
    ):
        assert sides([[denial], [other]], 0.9, alike({}), never) == ([], [])


def test_passages_naming_other_actors_are_left_out() -> None:
    claim, denial = scored(CLAIM, 0.9, "claim"), scored(DENIAL, 0.8, "denial")
    claims, denials = sides(
        [[claim], [denial]], 0.9, alike({frozenset((CLAIM, DENIAL)): 0.7}), lambda text: text == DENIAL
    )
    assert (claims, denials) == ([], [])


def test_a_neutral_copy_takes_the_stance_another_carrier_reports() -> None:
    bare = scored("The ferry crossed the bay at dawn.", 0.9, "other")
    reported = scored("The ferry crossed the bay at dawn.", 0.8, "claim")
    assert group_stance([bare, reported]) == "claim"
    assert group_stance([bare]) == "other"
    assert group_stance([scored("The ferry never left.", 0.9, "denial"), reported]) == "denial"


def test_other_actors_counts_countries_as_actors_not_as_settings() -> None:
    asked = set(tokenize("Did France and Germany sign?"))  # the question's terms, as the engine passes them
    assert other_actors(asked, "Egypt and Iran signed the treaty.")
    assert other_actors(asked, "French and Iranian envoys signed the treaty.")  # Germany left out, Iran named
    assert not other_actors(asked, "France and Germany signed the treaty in Egypt.")  # Egypt is the setting
    assert not other_actors(asked, "France signed, but talks outside of Egypt went on.")  # Egypt is left out
    assert not other_actors({"harbour"}, "Egypt signed the treaty.")  # the question names no country


ARTICLES = [
    "The French-led mission patrolled the coast. The mission said it had seen no boats.",
    "German aircraft and the mission flew together. A French-led task force and a British task force met.",
    "Spanish aircraft landed. The German-led drill ended.",
]


def test_a_noun_the_articles_write_as_led_by_one_country_names_it() -> None:
    # "mission" is only ever the French-led one; "aircraft" is German and Spanish; "force" is led by France and
    # written after "British"; "drill" is German-led once and never written otherwise
    assert dict(led_by(ARTICLES)) == {"mission": tokenize("France")[0], "drill": tokenize("Germany")[0]}
    assert led_by(["No one led anything here."]) == ()
    assert dict(led_by(["The French-Led Mission Sails", "The mission said so."])) == {"mission": tokenize("France")[0]}


def test_other_actors_reads_a_led_noun_as_its_country() -> None:
    led = led_by(ARTICLES)
    asked = set(tokenize("Did France fly with the Germans?"))
    # without the reading, the sentence names Germany and leaves France out
    assert other_actors(set(tokenize("Did France fly?")), "German aircraft and the mission flew together.")
    assert not other_actors(set(tokenize("Did France fly?")), "German aircraft and the mission flew together.", led)
    assert not other_actors(asked, "German aircraft and the mission flew together.", led)
    # a led noun in the question names its country: Spain and Germany flew without France
    assert other_actors(set(tokenize("Did the mission fly?")), "German and Spanish aircraft flew.", led)
    # after its own "X-led" a noun names nothing more: France is left out here, as "outside" says
    outside = "German aircraft flew outside of the French-led mission."
    assert other_actors(set(tokenize("Did France fly?")), outside, led)


def test_a_question_of_who_is_right_takes_the_claim_and_denial_that_answer_each_other() -> None:
    """'Who is telling the truth, the board or the company?' is like no passage: its sides need less relevance, and
    the pair shown is the closest claim and denial, not the passages nearest its few words."""
    claim, denial = scored(CLAIM, 0.5, "claim"), scored(DENIAL, 0.45, "denial")
    loud = scored("The harbour board said the company tells the truth about fares.", 0.6, "claim")
    pairs = {frozenset((CLAIM, DENIAL)): 0.8, frozenset((loud.text, DENIAL)): 0.46}
    groups = [[loud], [claim], [denial]]
    assert sides(groups, 0.6, alike(pairs), never) == ([], [])  # as a yes/no question: too far from its words
    claims, denials = sides(groups, 0.6, alike(pairs), never, who_is_right=True)
    assert claims[0][0].text == CLAIM and denials[0][0].text == DENIAL
    # nor do its sides need to come near the best answer: "Who is right about the crossing?" is best answered by
    # a passage holding its one word, far above any side
    narration = scored("The crossing at dawn was reported by several outlets.", 0.99, "other")
    claims, denials = sides([[narration], [claim], [denial]], 0.99, alike(pairs), never, who_is_right=True)
    assert claims[0][0].text == CLAIM and denials[0][0].text == DENIAL


CHANNEL = "The ferry company said it keeps a radio channel open to the harbour board for safety calls."
NO_CROSSING = "The ferry company denied that any ferry crossed the bay at dawn."


def test_one_voice_does_not_dispute_itself() -> None:
    # the company's account of its radio channel and its own denial of the crossing are close in meaning, but one
    # voice saying two things is no conflict
    channel = scored(CHANNEL, 0.9, "claim", speaker="The ferry company")
    denial = scored(NO_CROSSING, 0.8, "denial", speaker="the ferry company")
    pairs = {frozenset((CHANNEL, NO_CROSSING)): 0.6}
    assert sides([[channel], [denial]], 0.9, alike(pairs), never) == ([], [])
    # another voice's claim of the crossing is disputed by that denial
    board = scored(CLAIM, 0.85, "claim", speaker="The harbour board")
    pairs[frozenset((CLAIM, NO_CROSSING))] = 0.7
    claims, denials = sides([[board], [denial]], 0.9, alike(pairs), never)
    assert [g[0].text for g in claims] == [CLAIM] and [g[0].text for g in denials] == [NO_CROSSING]


def test_a_dispute_beside_the_best_answer_is_not_its_answer() -> None:
    # the best answer (the channel, asked about) is no side of the conflict over the crossing, which is relevant too
    channel = scored(CHANNEL, 0.95, "claim", speaker="The ferry company")
    board = scored(CLAIM, 0.8, "claim", speaker="The harbour board")
    denial = scored(NO_CROSSING, 0.8, "denial", speaker="the ferry company")
    pairs = {frozenset((CHANNEL, NO_CROSSING)): 0.6, frozenset((CLAIM, NO_CROSSING)): 0.7}
    assert sides([[channel], [board], [denial]], 0.95, alike(pairs), never) == ([], [])
    # neither is a neutral best answer ("The bay is twelve miles wide")
    neutral = scored(NEUTRAL, 0.95, "other")
    assert sides([[neutral], [board], [denial]], 0.95, alike(pairs), never) == ([], [])
    # nor is the outlet's narration that mentions the claim (a report noun makes it a claim, but nobody's)
    narration = scored("The offices gave mixed signals, amid claims by the board.", 0.95, "claim", speaker="")
    pairs[frozenset((narration.text, NO_CROSSING))] = 0.7
    assert sides([[narration], [board], [denial]], 0.95, alike(pairs), never) == ([], [])
    # unless a side is shown beside that narration (`shown` of the best's relevance): a check of the reports, best
    # for a question of whether the crossing happened, stands above the two sides it sums up
    claims, denials = sides([[narration], [board], [denial]], 0.95, alike(pairs), never, shown=0.8)
    assert [g[0].text for g in claims][-1] == CLAIM and [g[0].text for g in denials] == [NO_CROSSING]
    # a voice's own best answer that is no side is not delegated so: the channel is the answer, not the dispute
    assert sides([[channel], [board], [denial]], 0.95, alike(pairs), never, shown=0.8) == ([], [])
    # when the best answer is the claim that is denied, the answer is disputed
    claims, denials = sides([[board], [channel], [denial]], 0.8, alike(pairs), never)
    assert [g[0].text for g in claims][0] == CLAIM and [g[0].text for g in denials] == [NO_CROSSING]


def test_a_best_answer_someone_gives_that_neither_claims_nor_denies_counts_as_narration() -> None:
    """ "There was a storm that night, as the Gazette explains" is someone's account, but on neither side: like the
    outlet's narration, the sides shown beside it (`shown` of its relevance) make the dispute the answer's."""
    account = scored(
        "There was a storm in the bay that night, as the Gazette explains.", 0.95, "other", speaker="the Gazette"
    )
    board = scored(CLAIM, 0.8, "claim", speaker="The harbour board")
    denial = scored(NO_CROSSING, 0.8, "denial", speaker="the ferry company")
    pairs = {frozenset((CLAIM, NO_CROSSING)): 0.7}
    claims, denials = sides([[account], [board], [denial]], 0.95, alike(pairs), never, shown=0.8)
    assert [g[0].text for g in claims] == [CLAIM] and [g[0].text for g in denials] == [NO_CROSSING]
    # sides far below it are beside its point
    assert sides([[account], [board], [denial]], 0.95, alike(pairs), never, shown=0.9) == ([], [])


def test_the_best_answer_in_the_voice_of_the_other_side_is_no_side() -> None:
    """The company's account of its channel is best; the dispute is the board's claim of the crossing against the
    company's denial. A third voice's denial of something the company said, about as close to the channel account
    as unrelated points come, does not make that account a side: the company is the denier here."""
    channel = scored(CHANNEL, 0.95, "claim", speaker="The ferry company")
    board = scored(CLAIM, 0.85, "claim", speaker="The harbour board")
    denial = scored(NO_CROSSING, 0.85, "denial", speaker="the ferry company")
    fares = scored("The port authority denied the ferry company's account of its fares.", 0.7, "denial")
    pairs = {
        frozenset((CHANNEL, NO_CROSSING)): 0.6,
        frozenset((CLAIM, NO_CROSSING)): 0.7,
        frozenset((CHANNEL, fares.text)): PAIR_FLOOR + 0.02,
    }
    assert sides([[channel], [board], [denial], [fares]], 0.95, alike(pairs), never) == ([], [])
    # the same account by another voice than the denier's is a side the third voice's denial answers
    other = scored(CHANNEL, 0.95, "claim", speaker="The harbour pilots")
    claims, denials = sides([[other], [board], [denial], [fares]], 0.95, alike(pairs), never)
    assert claims and denials


def test_under_a_weak_best_answer_a_pair_its_article_sets_against_each_other_is_a_dispute() -> None:
    """ "Was anyone hurt in the fire?" in words no passage uses: the best answer is under SIDE_FLOOR, and the head's
    "no pupil had been hurt" with the parent's "But ... his son had been checked by paramedics" set against it
    are the two sides at about its relevance; two such passages their articles do not set against each other are
    no dispute."""
    lead = scored("The fire damaged about 20 square metres of the laboratory.", 0.6, "other")
    head = scored("The head said no pupil had been hurt.", 0.58, "denial", article="x")
    parent = scored(
        "But one parent said his son had been checked by paramedics.",
        0.42,
        "claim",
        answers=head.sentence.id,
        article="x",
    )
    claims, denials = sides([[lead], [head], [parent]], 0.6, alike({}), never, shown=0.8)
    assert claims and claims[0][0] is parent and denials[0][0] is head
    apart = dataclasses.replace(parent, answers=-1)
    assert sides([[lead], [head], [apart]], 0.6, alike({}), never, shown=0.8) == ([], [])


def test_the_voice_of_one_side_is_not_shown_on_the_other() -> None:
    """The company denies the crossing, the board claims it; what company officials believed about the board is
    no claim of the crossing, however close in meaning, so it is left off the claim side."""
    believed = "Ferry Line officials believed the board would not honour any agreement on the crossing."
    board = scored(CLAIM, 0.9, "claim", speaker="The Harbour Board")
    officials = scored(believed, 0.88, "claim", speaker="Ferry Line officials")
    denial = scored(NO_CROSSING, 0.85, "denial", speaker="Ferry Line spokesman Ana Silva")
    pairs = {frozenset((CLAIM, NO_CROSSING)): 0.7, frozenset((believed, NO_CROSSING)): 0.6}
    claims, denials = sides([[board], [officials], [denial]], 0.9, alike(pairs), never)
    assert [g[0].text for g in claims] == [CLAIM] and [g[0].text for g in denials] == [NO_CROSSING]


def test_a_denial_its_article_sets_as_the_answer_is_on_the_claims_point_with_few_words_in_common() -> None:
    """'Clearwater said the company had dumped ... . The company denied the allegations, saying all its waste was
    stored ...': alike under PAIR_FLOOR, but its article makes it the answer to that claim, so the two are a
    dispute; the same denial not linked to the claim is not."""
    claim = scored(CLAIM, 0.9, "claim")
    text = "The ferry company rejected the allegations, saying its timetable was kept."
    unlike = alike({frozenset((CLAIM, text)): PAIR_FLOOR - 0.1})
    linked = scored(text, 0.8, "denial", answers=claim.sentence.id)
    claims, denials = sides([[claim], [linked]], 0.9, unlike, never)
    assert [g[0].text for g in claims] == [CLAIM] and [g[0].text for g in denials] == [text]
    unlinked = scored(text, 0.8, "denial")
    assert sides([[claim], [unlinked]], 0.9, unlike, never) == ([], [])


def test_a_lead_denial_is_paired_with_a_claim_of_its_article_on_its_point_when_the_best_pair_is_not() -> None:
    """'The airport denied that a radar failure caused the delays' leads; the union's statement that the radar was
    out of service is more relevant than its chairman's 'the radar was the problem' but unlike the lead in words
    (under PAIR_FLOOR). The best-weighted pair is off the point, the chairman's words are on it: the lead and
    the chairman are the two sides. Not when the claim on its point stands in another article: an article that
    sets the two together makes the dispute, two articles on different things do not."""
    lead = "The airport denied that a radar failure had caused the delays, blaming fog instead."
    statement = "The union said the main radar had been out of service for three hours."
    words = '"The fog was a factor, but the radar was the problem," the union chairman said.'
    pairs = {
        frozenset((lead, statement)): PAIR_FLOOR - 0.05,
        frozenset((lead, words)): PAIR_FLOOR + 0.1,
        frozenset((statement, words)): PAIR_FLOOR,
    }
    for article, disputed in (("airport", True), ("", False)):
        groups = [
            [scored(lead, 1.3, "denial", article="airport")],
            [scored(statement, 1.0, "claim", article="airport")],
            [scored(words, 0.6, "claim", article=article)],
        ]
        claims, denials = sides(groups, 1.3, alike(pairs), never)
        if disputed:
            assert [g[0].text for g in claims][0] == words and [g[0].text for g in denials] == [lead]
        else:
            assert (claims, denials) == ([], [])


def test_the_question_s_rarest_terms_single_out_its_point() -> None:
    """point_terms: the terms the fewest sentences hold, ties together; terms no article has count for nothing."""
    from index.disputes import point_terms

    df = {"driver": 9, "earn": 2, "100": 2, "euro": 3, "month": 4}.get
    assert point_terms(["driver", "earn", "100", "euro", "month", "salari"], lambda t: df(t) or 0) == {"earn", "100"}
    assert point_terms(["salari"], lambda t: 0) == frozenset()


def test_a_claim_and_a_denial_both_holding_the_question_s_point_are_its_two_sides_however_unlike() -> None:
    """'Do drivers earn 3,100 euros a month?': the operator's figure and the union's "Nobody earns 3,100 euros
    here" are less alike than PAIR_FLOOR, but both hold what singles out the question's thing (its rarest term,
    "earn"):
    a dispute. A denial that does not hold it (a denial of the offer) is no side of it."""
    claim = "The operator says its drivers earn on average 3,100 euros a month before tax."
    denial = '"Nobody earns 3,100 euros here unless they work every weekend," she said.'
    beside = "The union rejected the operator's offer of a rise as an insult."
    unlike = alike({frozenset((claim, denial)): PAIR_FLOOR - 0.05, frozenset((claim, beside)): PAIR_FLOOR - 0.05})
    point = frozenset({"earn"})
    groups = [[scored(claim, 1.4, "claim")], [scored(denial, 1.0, "denial")]]
    claims, denials = sides(groups, 1.4, unlike, never, point=point)
    assert [g[0].text for g in claims] == [claim] and [g[0].text for g in denials] == [denial]
    assert sides(groups, 1.4, unlike, never) == ([], [])  # no point given: their likeness alone decides
    off = [[scored(claim, 1.4, "claim")], [scored(beside, 1.0, "denial")]]
    assert sides(off, 1.4, unlike, never, point=point) == ([], [])


def test_a_claim_its_article_sets_against_a_denial_is_on_that_denial_s_point() -> None:
    """'"There was never any danger of the dam failing," she said. But a retired engineer said the leak was
    "serious and growing".': alike under PAIR_FLOOR, holding none of the question's rarest words, but the article
    sets the claim against the denial (its `answers`): the two sides. The same claim not so set is no side."""
    denial = scored('"There was never any danger of the dam failing," she said.', 1.1, "denial")
    text = 'But a retired engineer said the leak was "serious and growing".'
    unlike = alike({frozenset((denial.text, text)): PAIR_FLOOR - 0.1})
    linked = scored(text, 0.75, "claim", answers=denial.sentence.id)
    claims, denials = sides([[denial], [linked]], 1.1, unlike, never)
    assert [g[0].text for g in claims] == [text] and [g[0].text for g in denials] == [denial.text]
    unlinked = scored(text, 0.75, "claim")
    assert sides([[denial], [unlinked]], 1.1, unlike, never) == ([], [])


def test_the_claim_a_relevant_denial_answers_is_its_other_side_however_it_words_it() -> None:
    """'On June 5, the navy said its frigate had stopped the ship together with two coast guard boats.' / 'The
    coast guard denied the account, saying its boats were not in the area.': the denial answers that claim in its
    article, so the claim is the other side of "were the coast guard's boats in the area?" though it is under
    SIDE_FLOOR; and the same voice's alike denial in another article ("Our boats were not in that area," the
    coast guard's spokeswoman said), the best answer, is on the same point by it. Without the link, no dispute."""
    claim_text = "On June 5, the navy said its frigate had stopped the ship together with two coast guard boats."
    denial_text = "The coast guard denied the account, saying its boats were not in the area."
    own_text = '"Our boats were not in that area on Thursday night," coast guard spokeswoman Hanne Lie said.'
    pairs = {
        frozenset((claim_text, denial_text)): PAIR_FLOOR - 0.05,
        frozenset((claim_text, own_text)): PAIR_FLOOR - 0.05,
        frozenset((denial_text, own_text)): 0.64,
    }

    def groups(linked: bool) -> list[list[Scored]]:
        claim = scored(claim_text, SIDE_FLOOR - 0.05, "claim", speaker="the navy")
        denial = scored(denial_text, 1.0, "denial", claim.sentence.id if linked else -1, "the coast guard")
        own = scored(own_text, 1.1, "denial", speaker="coast guard spokeswoman Hanne Lie")
        return [[own], [denial], [claim]]

    claims, denials = sides(groups(True), 1.1, alike(pairs), never)
    assert [g[0].text for g in claims] == [claim_text]
    assert {g[0].text for g in denials} == {own_text, denial_text}
    assert sides(groups(False), 1.1, alike(pairs), never) == ([], [])


def test_the_best_answer_set_as_the_answer_to_a_claim_is_paired_with_it_when_the_best_pair_is_not() -> None:
    """The best answer is a denial its article sets as the answer to a claim in another article; a more relevant
    claim, quoted, weighs more beside it but is off its point (under PAIR_FLOOR). The denial and the claim it
    answers are the two sides; without that link, no dispute."""
    denial_text = '"Our boats were not in that area on Thursday night," the spokeswoman said.'
    answered_text = "The navy said its frigate had stopped the ship together with two coast guard boats."
    quoted_text = '"The position was passed to us through the hotline," the navy said in a statement.'
    pairs = {
        frozenset((denial_text, answered_text)): PAIR_FLOOR - 0.03,
        frozenset((denial_text, quoted_text)): PAIR_FLOOR - 0.09,
        frozenset((answered_text, quoted_text)): 0.54,
    }

    def groups(linked: bool) -> list[list[Scored]]:
        answered = scored(answered_text, SIDE_FLOOR + 0.01, "claim", speaker="the navy")
        quoted = scored(quoted_text, SIDE_FLOOR + 0.02, "claim", speaker="the navy")
        denial = scored(denial_text, 1.1, "denial", answered.sentence.id if linked else -1, "the coast guard")
        return [[denial], [quoted], [answered]]

    claims, denials = sides(groups(True), 1.1, alike(pairs), never)
    assert claims[0][0].text == answered_text and denials[0][0].text == denial_text
    assert sides(groups(False), 1.1, alike(pairs), never) == ([], [])


def test_a_lead_denial_answers_what_its_voice_s_later_denial_answers_in_the_article() -> None:
    """'A hospital trust has denied that records were stolen' leads; the hackers' claim follows and the trust's
    chief executive's denial answers it. The lead, unlike the claim in words, is the same voice's denial in the
    same article: it answers the claim too, and the two are the sides. Another article's denial of that voice, as
    unlike the chief executive's, does not take the link."""
    lead = "A hospital trust has denied that patients' records were stolen in a cyber attack."
    claim_text = 'Hackers calling themselves "Black Lantern" said they had taken 1.4 terabytes of data.'
    answer_text = "The trust's chief executive said there was no evidence whatsoever that data had left its network."
    pairs = {frozenset((lead, claim_text)): PAIR_FLOOR - 0.1, frozenset((lead, answer_text)): 0.44}

    def groups(article: str) -> list[list[Scored]]:
        claim = scored(claim_text, SIDE_FLOOR - 0.05, "claim", speaker="hackers", article="trust")
        top = scored(lead, 1.2, "denial", speaker="the trust", article=article)
        reply = scored(answer_text, 0.55, "denial", claim.sentence.id, speaker="the trust", article="trust")
        return [[top], [claim], [reply]]

    claims, denials = sides(groups("trust"), 1.2, alike(pairs), never)
    assert [g[0].text for g in claims] == [claim_text] and denials[0][0].text == lead
    assert sides(groups("elsewhere"), 1.2, alike(pairs), never) == ([], [])


def test_a_denial_names_whose_claim_it_denies_beside_a_word_for_what_was_said() -> None:
    """'..., contradicting a statement by Kardan's interior ministry' names the ministry's claims, however its
    country's adjective is written; a denial that only mentions the claimant's country names no claim of its."""
    from index.disputes import names_claimant

    denial = (
        "Marrish police denied that their officers took part, contradicting a statement by Kardan's interior ministry."
    )
    assert names_claimant(denial, "the Kardani Interior Ministry")
    assert names_claimant("The board rejected the union's account of the talks.", "the union")
    assert names_claimant("The board rejected Lang's account of the talks.", "union secretary Petra Lang")
    assert not names_claimant(
        "Marrish police denied that their boats were on Kardan's side of the river.", "Kardani Interior Ministry"
    )
    assert not names_claimant(denial, "Marrish Interior Minister Ana Kovac")  # no word of hers beside the noun
    assert not names_claimant(denial, "the transport ministry")  # another body of that kind


def test_a_denial_naming_whose_statement_it_contradicts_is_on_that_statement_s_point() -> None:
    """'The ferry company denied taking part, contradicting a statement by the Portmore harbour board' and the
    board's account in other words, too unlike for their meaning alone: the two sides. The same denial naming no
    one's statement is no side of the board's account."""
    account = "Two boats of the ferry company helped the board's tug to free the tanker, the statement said."
    named = "The ferry company denied taking part, contradicting a statement by the Portmore harbour board."
    unnamed = "The ferry company denied taking part in anything on the river that night."
    similarity = alike(
        {frozenset((account, named)): PAIR_FLOOR - 0.05, frozenset((account, unnamed)): PAIR_FLOOR - 0.05}
    )
    claim = scored(account, 0.8, "claim", speaker="Portmore harbour board")
    claims, denials = sides([[scored(named, 0.9, "denial")], [claim]], 0.9, similarity, never)
    assert [g[0].text for g in claims] == [account] and [g[0].text for g in denials] == [named]
    assert sides([[scored(unnamed, 0.9, "denial")], [claim]], 0.9, similarity, never) == ([], [])


def test_an_accusation_and_the_accused_s_denial_are_the_two_sides_however_unlike() -> None:
    """'"Everything points to the Halden yard," the mayor said' and 'Halden Shipyard denied releasing anything into
    the bay': the claim names the one who denies it (accuses), however unlike their words; a denial by another
    voice the claim does not name is no side of it."""
    from index.disputes import accuses

    claim_text = '"Everything points to the Halden yard," the mayor said.'
    denial_text = "Halden Shipyard denied releasing anything into the bay."
    other_text = "The ferry company denied releasing anything into the bay."
    assert accuses(claim_text, "Halden Shipyard")
    assert not accuses(claim_text, "The ferry company")
    assert not accuses("The mayor blamed the council.", "the council")  # a kind of body is no name of its own
    # only the denier's proper words: a role's common words are no name ("art" of "who teaches art crime")
    assert not accuses("Thieves broke into the Aldersund Art Museum.", "Mona Aas, a researcher who teaches art crime")
    claim = scored(claim_text, 0.9, "claim", speaker="the mayor")
    similarity = alike({}, PAIR_FLOOR - 0.1)
    claims, denials = sides(
        [[claim], [scored(denial_text, 0.8, "denial", speaker="Halden Shipyard")]], 0.9, similarity, never
    )
    assert [g[0].text for g in claims] == [claim_text] and [g[0].text for g in denials] == [denial_text]
    unnamed = [[claim], [scored(other_text, 0.8, "denial", speaker="The ferry company")]]
    assert sides(unnamed, 0.9, similarity, never) == ([], [])


def test_a_denial_naming_whose_claim_it_denies_joins_the_dispute_below_a_side_s_floor() -> None:
    """The harbour board's claim answers best; in another article, less relevant than a side must be, 'The ferry
    company described the harbour board's accusations as a provocation', close in meaning to it: its other side.
    Not when it is unlike it in meaning, names no one's statement, is far less relevant than the best answer, or
    when the best answer is not the board's claim but other words of the board."""
    account = "The harbour board accused the ferry company of dumping fuel in the bay at dawn."
    named = "The ferry company described the harbour board's accusations as a provocation."
    unnamed = "The ferry company described the whole affair as a provocation."
    board = "The harbour board"
    near = alike({frozenset((account, named)): 0.55, frozenset((account, unnamed)): 0.55})  # alike enough to answer

    def denied(text: str, relevance: float, best: str = "claim", similarity=near) -> list[str]:  # type: ignore[no-untyped-def]
        first = scored(account, 0.9, best, speaker=board)
        police = scored("Port police said the ferry company had dumped fuel before.", 0.8, "claim", speaker="Police")
        groups = [[first], [police]] if best == "claim" else [[first], [scored(account, 0.8, "claim", speaker=board)]]
        return [g[0].text for g in sides(groups + [[scored(text, relevance, "denial")]], 0.9, similarity, never)[1]]

    assert denied(named, SIDE_FLOOR - 0.05) == [named]
    assert denied(unnamed, SIDE_FLOOR - 0.05) == []
    assert denied(named, 0.3) == []  # not as relevant against the best answer as a side must be
    assert denied(named, SIDE_FLOOR - 0.05, best="other") == []
    assert denied(named, SIDE_FLOOR - 0.05, similarity=alike({})) == []  # it names another thing the board said


def test_a_denial_holding_the_question_s_point_in_a_common_word_answers_the_best_claim() -> None:
    """'Did the port give the navy the cargo manifests?': the navy's claim leads; the only denial relevant enough
    to qualify (of the tugs) is about something else, and the harbour master's "never handed any manifest" is
    below SIDE_FLOOR and unlike the claim in words. It holds the question's point ("manifest") as a common word,
    as the claim does: it joins the denials, and it and the claim are the two sides, though they stand in
    different articles."""
    claim = "The navy said it had acted on cargo manifests received from the port authority."
    tugs = "The port authority denied that its tugs had helped the navy."
    manifest = '"We have never handed a single manifest to the navy," the harbour master said.'
    unlike = alike({frozenset((claim, tugs)): 0.3, frozenset((claim, manifest)): 0.35})
    groups = [
        [scored(claim, 1.3, "claim")],
        [scored(tugs, 1.0, "denial")],
        [scored(manifest, SIDE_FLOOR - 0.1, "denial")],
    ]
    point = frozenset({"manifest"})
    claims, denials = sides(groups, 1.3, unlike, never, point=point)
    assert [g[0].text for g in claims] == [claim] and denials[0][0].text == manifest
    assert sides(groups, 1.3, unlike, never) == ([], [])  # no point given: nothing links them


def test_a_name_held_by_both_sides_is_no_point_they_share() -> None:
    """The question's rarest term may be a name ("Dravian" of "... the positions of Dravian ships?"): a denial
    holding it only as a name ("Dravia's ministry said the Dravian ships were on exercises") is about one of the
    dispute's actors, not its point, and does not join it below SIDE_FLOOR."""
    claim = "The navy said it had tracked the Dravian ships with positions received from the port authority."
    tugs = "The port authority denied that its tugs had helped the navy."
    named = "The ministry in Dravia denied that the Dravian ships were doing anything but exercises."
    unlike = alike({frozenset((claim, tugs)): 0.3, frozenset((claim, named)): 0.35})
    groups = [[scored(claim, 1.3, "claim")], [scored(tugs, 1.0, "denial")], [scored(named, SIDE_FLOOR - 0.1, "denial")]]
    assert sides(groups, 1.3, unlike, never, point=frozenset({"dravian"})) == ([], [])


def test_a_voice_s_best_claim_is_disputed_where_its_report_beside_it_is_denied() -> None:
    """A union's statement says it in its words (best answer, on no denial's point); a report beside it gives the
    union's claim and its article the company's denial of it: the answer is the union's claim, and disputed. A
    claim beside it in another voice does not make the best answer disputed."""
    own = scored(
        "Last year the company cut inspections to save money.", 0.77, "claim", speaker="Rail Union (statement)"
    )
    report = scored(
        "The Rail Union said inspections had been cut, a claim the company rejected.",
        0.75,
        "claim",
        speaker="The Rail Union",
        article="wire",
    )
    denial = scored(
        '"No inspections have been cut."',
        0.35,
        "denial",
        answers=report.sentence.id,
        speaker="the company",
        article="wire",
    )
    pairs = {frozenset((report.text, denial.text)): 0.5}
    claims, denials = sides([[own], [report], [denial]], 0.77, alike(pairs), never, shown=0.8)
    assert report.text in [g[0].text for g in claims] and [g[0].text for g in denials] == [denial.text]
    other = scored(
        report.text.replace("The Rail Union", "The Drivers' Guild"),
        0.75,
        "claim",
        speaker="The Drivers' Guild",
        article="wire",
    )
    denial2 = scored(denial.text, 0.35, "denial", answers=other.sentence.id, speaker="the company", article="wire")
    pairs[frozenset((other.text, denial2.text))] = 0.5
    assert sides([[own], [other], [denial2]], 0.77, alike(pairs), never, shown=0.8) == ([], [])


def test_the_claim_the_best_answer_answers_joins_however_little_relevant() -> None:
    """ "Inspector Ruud said officers counted more boats in the marina than its permit allows." ... "Harbour master
    Eva Holm rejected that account." "'At no point were there more boats than our permit allows,' she said.": the
    quotation goes on with the denial that answers the inspector, so asked "was the marina over its limit?" it is
    the best answer, and the claim it answers is its other side though far under CONTRA_FLOOR (few of the
    question's words). Unlinked, a claim so little relevant is on no side."""
    claim_text = "Inspector Ruud said officers counted more boats in the marina than its permit allows."
    opening_text = "Harbour master Eva Holm rejected that account."
    quote_text = '"At no point were there more boats than our permit allows," she said.'
    holm = "Harbour master Eva Holm"

    def groups(linked: bool) -> list[list[Scored]]:
        claim = scored(claim_text, CONTRA_FLOOR - 0.15, "claim", speaker="Inspector Ruud", article="a")
        opening = scored(opening_text, 0.5, "denial", claim.sentence.id if linked else -1, holm, article="a")
        quote = scored(quote_text, 1.0, "denial", speaker=holm, article="a")
        return [[quote], [opening], [claim]]

    claims, denials = sides(groups(True), 1.0, alike({}), never)
    assert [g[0].text for g in claims] == [claim_text]
    assert denials[0][0].text == quote_text
    assert sides(groups(False), 1.0, alike({}), never) == ([], [])


def test_a_link_to_any_copy_of_a_passage_links_the_passage() -> None:
    """The claim the best answer answers is led, in its group of copies, by a more relevant copy in another article
    (an explainer's "Officers counted more boats than the permit allows."); the denial answers the inspector's
    copy, so it answers the passage, and the two are the sides."""
    claim_text = "Inspector Ruud said officers counted more boats in the marina than its permit allows."
    copy_text = "Officers counted more boats than the marina's permit allows."
    opening_text = "Harbour master Eva Holm rejected that account."
    quote_text = '"At no point were there more boats than our permit allows," she said.'
    holm = "Harbour master Eva Holm"
    claim = scored(claim_text, CONTRA_FLOOR - 0.15, "claim", speaker="Inspector Ruud", article="c")
    copy = scored(copy_text, CONTRA_FLOOR + 0.05, "other", speaker="", article="d")
    opening = scored(opening_text, 0.5, "denial", claim.sentence.id, holm, article="c")
    quote = scored(quote_text, 1.0, "denial", speaker=holm, article="c")
    claims, denials = sides([[quote], [opening], [copy, claim]], 1.0, alike({}), never)
    assert claims and claims[0][0].text == copy_text
    assert denials[0][0].text == quote_text


def test_a_claim_telling_the_opposite_of_the_point_denies_it() -> None:
    """Asked "was the fire deliberate?", a claim that it was an accident answers "no", as "was not deliberate"
    would: made a denial, and on the point with the claim that it was deliberate, so the two are the sides shown.
    A claim holding the point's own word, a denial, a word of a name ("Error Marine") or a question with no
    opposite in the lexicon are left as they are."""
    from index.disputes import opposed, opposites
    from index.keyword import token_tuple

    point = frozenset(token_tuple("deliberate"))
    assert set(token_tuple("accident mistake error")) <= opposites(point)
    assert not opposites(frozenset(token_tuple("ferry")))
    deliberate = scored("Fire investigators said the fire was deliberate.", 0.9, "claim")
    accident = scored("The owner said the fire was an accident caused by a heater.", 0.8, "claim")
    named = scored("A spokesman for Error Marine said the fire started at two.", 0.7, "claim")
    both = scored("He said it was deliberate, not an accident.", 0.7, "claim")
    denied = scored("The owner denied it was an accident.", 0.7, "denial")
    stances = [s.stance for s in opposed([deliberate, accident, named, both, denied], point, opposites(point))]
    assert stances == ["claim", "denial", "claim", "claim", "denial"]
    got = sides(
        [[s] for s in opposed([deliberate, accident], point, opposites(point))],
        0.9,
        alike({}),
        never,
        point=point | opposites(point),
    )
    assert [g[0].text for g in got[0]] == [deliberate.text] and [g[0].text for g in got[1]] == [accident.text]
    # without the opposite the same two are no dispute
    assert sides([[deliberate], [accident]], 0.9, alike({}), never, point=point) == ([], [])


def test_a_denial_of_a_voice_s_claim_answers_the_same_voice_s_alike_claim_made_again() -> None:
    """The board's claim leads; the company's short denial answers the board's same claim as another article gives
    it: it answers the leading claim too, which is then one side of the dispute. Not an unlike claim of the board,
    nor an alike claim of another voice."""
    lead_text = "The harbour board said the ferry was carrying forty cars when it listed."
    again_text = "The board told reporters there had been forty cars on the ferry."
    reply_text = "The ferry company issued a swift denial."
    board = "the harbour board"

    def dispute(again_speaker: str, likeness: float) -> tuple[list[list[Scored]], list[list[Scored]]]:
        lead = scored(lead_text, 0.9, "claim", speaker=board, article="x")
        again = scored(again_text, 0.75, "claim", speaker=again_speaker, article="y")
        reply = scored(reply_text, 0.35, "denial", again.sentence.id, "the ferry company", article="y")
        return sides([[lead], [again], [reply]], 0.9, alike({frozenset((lead_text, again_text)): likeness}), never)

    claims, denials = dispute(board, SAME_CLAIM + 0.07)
    assert claims and claims[0][0].text == lead_text
    assert [g[0].text for g in denials] == [reply_text]
    assert dispute(board, SAME_CLAIM - 0.06) == ([], [])  # the board's other claim: the denial is of that one
    assert dispute("a union spokesman", SAME_CLAIM + 0.07) == ([], [])  # another voice's claim, however alike


def test_the_accused_own_account_is_its_defence() -> None:
    """Asked "was the ferry operator to blame?", what the operator says of what happened answers "no": its claims
    are made denials, said by a speaker named as the operator, or as the speaker's own ("its crew"), or of one voice
    with such a speaker. A claim of another voice, the operator's own admission and a question naming no one
    accused are left as they are."""
    from index.disputes import defended

    named = scored(
        "The ferry operator, Nordline, said the harbour lights had been out.",
        0.8,
        "claim",
        speaker="The ferry operator, Nordline",
    )
    spokesman = scored(
        '"We followed every rule," a Nordline spokesman said.', 0.7, "claim", speaker="a Nordline spokesman"
    )
    its_crew = scored("The company said its crew had done what the pilot asked.", 0.7, "claim", speaker="The company")
    other = scored(
        "The harbour master said the operator's ferry was going too fast.", 0.9, "claim", speaker="The harbour master"
    )
    sorry = scored(
        '"We are sorry and accept that mistakes were made," Nordline said.', 0.6, "claim", speaker="Nordline"
    )
    pool = [named, spokesman, its_crew, other, sorry]
    assert [s.stance for s in defended(pool, "the ferry operator")] == ["denial", "denial", "claim", "claim", "claim"]
    assert [s.stance for s in defended(pool, "the crew")] == ["claim", "claim", "denial", "claim", "claim"]
    assert [s.stance for s in defended(pool, "")] == ["claim"] * 5


def test_a_telling_told_or_denied() -> None:
    """Telling people what was happening, in the words passages use for it; "told" only of people, and not of an
    order; denied by a negation or a word of scarcity beside the telling, not elsewhere in the sentence."""
    from index.disputes import tells_of_telling

    assert tells_of_telling("The ferry line said its crew spoke to every passenger on the car deck.")
    assert tells_of_telling("The villagers were told the water would not rise further.")
    assert tells_of_telling("A steward told the fans the match would start late.")
    assert not tells_of_telling("The mayor told the Gazette the quay was safe.")  # a newspaper told
    assert not tells_of_telling("A steward told the fans to stay in their seats.")  # an order
    assert tells_of_telling('"Nobody told us a thing for an hour," a fan said.', denying=True)
    assert tells_of_telling("Villagers said they had heard nothing from the council.", denying=True)
    assert tells_of_telling("Fans said they were given little information.", denying=True)
    assert not tells_of_telling("The ferry line said its crew spoke to every passenger.", denying=True)
    assert not tells_of_telling("There was no leak, and the villagers we spoke to agreed.", denying=True)


def test_a_telling_denied_answers_a_telling_claimed_when_asked_whether_people_were_told() -> None:
    """Asked whether people were told what was happening, a claim of a telling and a denial of one are the two
    sides from TOLD_FLOOR, however little alike (a fan's "nobody told us a thing" against the club's "stewards
    spoke to fans"); asked anything else, the denial's relevance keeps it out, and a denial of another thing is
    no side of it."""
    from index.disputes import TOLD_FLOOR

    claim = scored("The club said its stewards spoke to fans in every stand during the delay.", 0.85, "claim")
    denial = scored('"Nobody told us a thing for an hour," one fan said.', TOLD_FLOOR + 0.05, "denial")
    other = scored("The club said there was no fault with the floodlights.", TOLD_FLOOR + 0.05, "denial")
    groups = [[claim], [denial], [other]]
    got = sides(groups, 0.85, alike({}), never, told=True)
    assert [g[0].text for g in got[0]] == [claim.text] and [g[0].text for g in got[1]] == [denial.text]
    assert sides(groups, 0.85, alike({}), never) == ([], [])
    low = scored('"Nobody told us a thing," one fan said.', TOLD_FLOOR - 0.05, "denial")
    assert sides([[claim], [low]], 0.85, alike({}), never, told=True) == ([], [])


def test_a_side_shows_only_passages_on_the_point_of_the_other_side_s_best() -> None:
    """A claim as relevant as the best one but on another point (unlike the denial, holding none of the point,
    set against nothing) is no side of the dispute; a second claim on the point is."""
    claim, denial = scored(CLAIM, 0.9, "claim"), scored(DENIAL, 0.85, "denial")
    again = scored("Two fishermen said they saw the ferry in the bay before sunrise.", 0.8, "claim")
    other = scored("The harbour board said its new crane would arrive in March.", 0.88, "claim")
    pairs = {frozenset((CLAIM, DENIAL)): 0.7, frozenset((again.text, DENIAL)): 0.6}
    claims, denials = sides([[claim], [other], [denial], [again]], 0.9, alike(pairs), never)
    assert [g[0].text for g in claims] == [CLAIM, again.text] and [g[0].text for g in denials] == [DENIAL]
