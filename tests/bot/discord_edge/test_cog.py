"""Reading a message addressed to the bot: its mention outside code and quotes, its question without it."""

from __future__ import annotations

import pytest

from bot.discord_edge.cog import addressed, mentions_removed

BOT = 900000000000000001


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"<@{BOT}> where is the ferry?", True),
        (f"where is the ferry, <@!{BOT}>?", True),
        (f"> <@{BOT}> where is the ferry?\nwhat a question", False),  # quoting someone who asked the bot
        (f"> someone said this\n<@{BOT}> is it true?", True),
        (f"use `<@{BOT}> question` to ask it", False),
        (f"```\n<@{BOT}> where is the ferry?\n```", False),
        (f">>> <@{BOT}> a long quote\nover lines", False),
        ("<@123> where is the ferry?", False),
    ],
)
def test_a_mention_counts_outside_code_and_quotes(text: str, expected: bool) -> None:
    assert addressed(text, BOT) is expected


def test_the_question_is_the_message_without_the_bots_mentions() -> None:
    assert mentions_removed(f"<@{BOT}>  where is <@!{BOT}> the  ferry?", BOT) == "where is the ferry?"
    assert mentions_removed(f"<@{BOT}> ask <@123>", BOT) == "ask <@123>"
