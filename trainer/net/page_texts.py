"""The participant page's own texts, in English: key → text.

Each text is wrapped in ``QT_TRANSLATE_NOOP("Phone", …)`` so that ``pyside6-lupdate``
collects it into the app's translations (``make translations``) without this module
importing Qt. The app passes the translated texts to
:class:`~trainer.net.live_server.LiveServer` (``texts=``, e.g.
``{key: QCoreApplication.translate("Phone", text) for key, text in PAGE_TEXTS.items()}``)
and the server injects them into the page as JSON. ``{name}``-style fields are filled in
by the page. The refusals (``error.<code>``) follow
:data:`trainer.core.workshop.live.limits.REASONS`.
"""

from __future__ import annotations

from collections.abc import Mapping


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context``; returns it unchanged."""
    return text


PAGE_TEXTS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("Phone", "Trainer live"),
    "join.heading": QT_TRANSLATE_NOOP("Phone", "Join the game"),
    "join.name": QT_TRANSLATE_NOOP("Phone", "Your name"),
    "join.team": QT_TRANSLATE_NOOP("Phone", "Your team"),
    "join.button": QT_TRANSLATE_NOOP("Phone", "Join"),
    "join.locked": QT_TRANSLATE_NOOP("Phone", "The game is closed to new participants."),
    "join.full": QT_TRANSLATE_NOOP("Phone", "The game is full."),
    "lobby.waiting": QT_TRANSLATE_NOOP("Phone", "You are in. The game starts soon."),
    "lobby.joined": QT_TRANSLATE_NOOP("Phone", "Participants: {count}"),
    "you": QT_TRANSLATE_NOOP("Phone", "{name} · score {score}"),
    "you.rank": QT_TRANSLATE_NOOP("Phone", "Rank {rank} of {of}"),
    "question.number": QT_TRANSLATE_NOOP("Phone", "Question {number} of {total}"),
    "question.wait": QT_TRANSLATE_NOOP("Phone", "Get ready: the clock starts soon."),
    "question.left": QT_TRANSLATE_NOOP("Phone", "{seconds} s left"),
    "question.paused": QT_TRANSLATE_NOOP("Phone", "Paused"),
    "question.time_up": QT_TRANSLATE_NOOP("Phone", "Time is up."),
    "question.unavailable": QT_TRANSLATE_NOOP("Phone", "Look at the screen for this question."),
    "answer.send": QT_TRANSLATE_NOOP("Phone", "Send answer"),
    "answer.sending": QT_TRANSLATE_NOOP("Phone", "Sending…"),
    "answer.received": QT_TRANSLATE_NOOP("Phone", "Answer received"),
    "answer.yours": QT_TRANSLATE_NOOP("Phone", "Your answer: {answer}"),
    "answer.none": QT_TRANSLATE_NOOP("Phone", "You did not answer."),
    "kind.true": QT_TRANSLATE_NOOP("Phone", "True"),
    "kind.false": QT_TRANSLATE_NOOP("Phone", "False"),
    "kind.number": QT_TRANSLATE_NOOP("Phone", "Your number"),
    "kind.unit": QT_TRANSLATE_NOOP("Phone", "in {unit}"),
    "kind.text": QT_TRANSLATE_NOOP("Phone", "Your answer"),
    "kind.blank": QT_TRANSLATE_NOOP("Phone", "Blank {number}"),
    "kind.order_hint": QT_TRANSLATE_NOOP("Phone", "Tap the entries in order."),
    "kind.order_reset": QT_TRANSLATE_NOOP("Phone", "Start again"),
    "kind.match_hint": QT_TRANSLATE_NOOP("Phone", "Choose the match of each entry."),
    "kind.match_choose": QT_TRANSLATE_NOOP("Phone", "Choose…"),
    "kind.many_hint": QT_TRANSLATE_NOOP("Phone", "Choose every right answer."),
    "reveal.right": QT_TRANSLATE_NOOP("Phone", "Right!"),
    "reveal.partly": QT_TRANSLATE_NOOP("Phone", "Partly right"),
    "reveal.wrong": QT_TRANSLATE_NOOP("Phone", "Not this time"),
    "reveal.points": QT_TRANSLATE_NOOP("Phone", "Points: +{points}"),
    "reveal.expected": QT_TRANSLATE_NOOP("Phone", "The answer: {expected}"),
    "reveal.source": QT_TRANSLATE_NOOP("Phone", "Source: {source}"),
    "board.heading": QT_TRANSLATE_NOOP("Phone", "Leaderboard"),
    "podium.heading": QT_TRANSLATE_NOOP("Phone", "The winners"),
    "podium.thanks": QT_TRANSLATE_NOOP("Phone", "Thank you for playing!"),
    "board.row": QT_TRANSLATE_NOOP("Phone", "{rank}. {name} — {points}"),
    "you.team_rank": QT_TRANSLATE_NOOP("Phone", "Your team {team}: rank {rank} of {of}"),
    "teams.heading": QT_TRANSLATE_NOOP("Phone", "Teams"),
    "teams.rule": QT_TRANSLATE_NOOP(
        "Phone", "A team's score is the average of its members' points."
    ),
    "net.connecting": QT_TRANSLATE_NOOP("Phone", "Connecting…"),
    "net.lost": QT_TRANSLATE_NOOP("Phone", "Connection lost. Reconnecting…"),
    "error.malformed": QT_TRANSLATE_NOOP("Phone", "The message could not be read."),
    "error.too_large": QT_TRANSLATE_NOOP("Phone", "The message is too large."),
    "error.rate_limited": QT_TRANSLATE_NOOP("Phone", "Too many messages; wait a moment."),
    "error.wrong_room": QT_TRANSLATE_NOOP("Phone", "There is no game with this room code here."),
    "error.unknown_token": QT_TRANSLATE_NOOP(
        "Phone", "This device is not in the game; join again."
    ),
    "error.removed": QT_TRANSLATE_NOOP("Phone", "The facilitator removed you from this game."),
    "error.locked": QT_TRANSLATE_NOOP("Phone", "The game is closed to new participants."),
    "error.full": QT_TRANSLATE_NOOP("Phone", "The game is full."),
    "error.name_invalid": QT_TRANSLATE_NOOP("Phone", "Choose another name."),
    "error.name_taken": QT_TRANSLATE_NOOP(
        "Phone", "Someone already has this name; choose another."
    ),
    "error.team_required": QT_TRANSLATE_NOOP("Phone", "Choose your team."),
    "error.unknown_team": QT_TRANSLATE_NOOP("Phone", "There is no such team in this game."),
    "error.not_current": QT_TRANSLATE_NOOP("Phone", "This question is not being asked now."),
    "error.not_open": QT_TRANSLATE_NOOP("Phone", "The question's clock has not started yet."),
    "error.time_up": QT_TRANSLATE_NOOP("Phone", "Time is up: your answer came too late."),
    "error.invalid_answer": QT_TRANSLATE_NOOP("Phone", "This answer does not fit the question."),
    "error.not_answerable": QT_TRANSLATE_NOOP(
        "Phone", "This question cannot be answered on a phone."
    ),
    "error.unavailable": QT_TRANSLATE_NOOP(
        "Phone", "Your answer could not be saved; sending it again."
    ),
    "error.unknown_participant": QT_TRANSLATE_NOOP(
        "Phone", "There is no such participant in this game."
    ),
}
"""Every text of the participant page, in English."""


def page_texts(translated: Mapping[str, str] | None = None) -> dict[str, str]:
    """The page's texts: the translated ones where given (plain strings of known keys,
    bounded), English for the rest."""
    texts = dict(PAGE_TEXTS)
    for key, text in (translated or {}).items():
        if key in texts and isinstance(text, str) and 0 < len(text) <= 500:
            texts[key] = text
    return texts
