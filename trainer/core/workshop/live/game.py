"""The phone game's participants: joining, answering, and the facilitator's actions on
them (the phases and the clock are the :class:`~trainer.core.workshop.live.room.Room`'s).

Like the room, a :class:`LiveGame` decides at once and hands each change to the group
committer; what it returns carries the future that resolves once the change is on disk.
Tell a phone "received" (or give it its token) only from that future's done-callback.

Rules (the reason codes are :data:`~trainer.core.workshop.live.limits.REASONS`):

- **Joining** needs a name (see :func:`~trainer.core.workshop.live.texts.clean_name`)
  that no active participant has, and a team when the game has teams; it is refused
  while joining is locked or the room is full. The participant gets a fresh token.
  A join resent with the same ``key`` and name returns the same participant and token.
- **Rejoining** with the token returns the same participant; a removed one is refused.
- **Answering**: one answer per participant and question. A second one (a double tap,
  a resend) gets the first one's acknowledgement and counts once. Otherwise the answer
  must be for the question being asked, whose clock has started and has time left
  (:data:`~trainer.core.workshop.live.limits.LATE_GRACE_MS` of grace), and fit the kind.
  It is scored by :func:`trainer.core.scoring.score`; points as in the team game
  (``points × fraction``, and the speed bonus when the workshop has it).
- **The facilitator** renames, removes (their token stops working, their name is free
  again, they leave the standings) and re-attaches participants (a new token for
  another device; the old one stops working).
"""

from __future__ import annotations

from concurrent.futures import Future
from typing import Any

from trainer.core.scoring import score
from trainer.core.workshop.live import storage
from trainer.core.workshop.live.limits import CLOCK_SAVE_EVERY_S, LATE_GRACE_MS, LiveRefused
from trainer.core.workshop.live.phone_forms import checked_answer
from trainer.core.workshop.live.records import (
    AnswerReceipt,
    AnswerRecord,
    Change,
    JoinReceipt,
    Participant,
    Phase,
)
from trainer.core.workshop.live.room import Room
from trainer.core.workshop.live.texts import (
    clean_name,
    is_token,
    name_key,
    new_token,
    token_hash,
)
from trainer.core.workshop.session import speed_points


class LiveGame(Room):
    """A phone game: the room (phases, clock, store) and its participants."""

    # -- phones -------------------------------------------------------------------------
    def _by(self, token: object) -> Participant:
        found = self._by_token.get(token_hash(token)) if is_token(token) else None
        if found is None:
            raise LiveRefused("unknown_token")
        if not found.active:
            raise LiveRefused("removed")
        return found

    def _team_id(self, team: object) -> int | None:
        if not self.teams:
            return None
        if team is None or team == "":
            raise LiveRefused("team_required")
        found = next((t.id for t in self.teams if t.name == team), None)
        if found is None:
            raise LiveRefused("unknown_team")
        return found

    def _check_name_free(self, name: str, number: int | None = None) -> None:
        key = name_key(name)
        for p in self._people.values():
            if p.active and p.number != number and name_key(p.name) == key:
                raise LiveRefused("name_taken")

    def join(self, name: object, team: object = None, key: str | None = None) -> JoinReceipt:
        """A new participant; see the module docstring for the rules."""
        with self._lock:
            clean = clean_name(name)
            again = self._joins.get(key) if key else None
            if again is not None and again.participant.name == clean:
                if not again.participant.active:
                    raise LiveRefused("removed")
                return again
            if self.locked:
                raise LiveRefused("locked")
            if sum(1 for p in self._people.values() if p.active) >= self.limit:
                raise LiveRefused("full")
            team_id = self._team_id(team)
            self._check_name_free(clean)
            token = new_token()
            number = max(self._people, default=0) + 1
            person = Participant(number, clean, team_id, token_hash(token), self.clock.now())
            self._people[number] = person
            self._by_token[person.token_hash] = person
            self._standings = None
            durable = self.committer.submit(storage.write_participant(self.id, person))
            receipt = JoinReceipt(person, token, durable)
            if key:
                self._joins[key] = receipt
            durable.add_done_callback(lambda f: self._forget_join_if_lost(receipt, key, f))
        self._emit(Change())
        return receipt

    def _forget_join_if_lost(
        self, receipt: JoinReceipt, key: str | None, done: Future[Any]
    ) -> None:
        """A participant who could not be written is forgotten (the phone joins again)."""
        if not done.cancelled() and done.exception() is None:
            return
        with self._lock:
            person = receipt.participant
            if self._people.get(person.number) is person:
                del self._people[person.number]
                self._by_token.pop(person.token_hash, None)
                self._standings = None
            if key and self._joins.get(key) is receipt:
                del self._joins[key]

    def rejoin(self, token: object) -> Participant:
        """The participant holding ``token`` (nothing is written)."""
        with self._lock:
            return self._by(token)

    def answer(self, token: object, position: object, response: Any) -> AnswerReceipt:
        """Accept (or refuse with :class:`LiveRefused`) a participant's answer."""
        with self._lock:
            person = self._by(token)
            if not isinstance(position, int) or isinstance(position, bool):
                raise LiveRefused("not_current")
            given = self._answers.get((person.number, position))
            if given is not None:
                return AnswerReceipt(given.ack(), given.durable, duplicate=True)
            record = self._accept(person, position, response)
            self._answers[(person.number, position)] = record
            self._standings = None
            record.durable = self.committer.submit(storage.write_answer(self.id, record))
            record.durable.add_done_callback(lambda f: self._forget_if_lost(record, f))
            self._maybe_save_clock()
        self._emit(Change())
        return AnswerReceipt(record.ack(), record.durable, duplicate=False)

    def _accept(self, person: Participant, position: int, response: Any) -> AnswerRecord:
        if self.phase != Phase.QUESTION or position != self.position:
            raise LiveRefused("not_current")
        question = self.question(position)
        if question is None:
            raise LiveRefused("not_answerable")
        now = self.clock.monotonic()
        left = self.countdown.left(now)
        if left is None:
            raise LiveRefused("not_open")
        if left <= 0 and not (self.countdown.running and left > -LATE_GRACE_MS):
            raise LiveRefused("time_up")
        clean = checked_answer(question, response)
        fraction = score(question, clean).fraction
        w = self.workshop
        elapsed = self.countdown.elapsed_ms(now)
        points = round(w.points_per_question * fraction, 2)
        if fraction >= 1.0 and w.speed_bonus:
            points += speed_points(w.points_per_question, w.seconds_per_question, elapsed)
        return AnswerRecord(
            person.number, position, question.id, question.content_hash, clean,
            fraction, fraction >= 1.0, round(points, 2), elapsed, self.clock.now(),
        )  # fmt: skip

    def _forget_if_lost(self, record: AnswerRecord, done: Future[Any]) -> None:
        """An answer that could not be written is forgotten, so that a resend is tried."""
        if done.cancelled() or done.exception() is not None:
            with self._lock:
                if self._answers.get((record.participant, record.position)) is record:
                    del self._answers[(record.participant, record.position)]
                    self._standings = None

    def _maybe_save_clock(self) -> None:
        now = self.clock.monotonic()
        if now - self._clock_saved >= CLOCK_SAVE_EVERY_S:
            self._clock_saved = now
            left = self.countdown.shown_left(now)
            self.committer.submit(storage.write_clock(self.id, self.position, left))

    # -- the facilitator: participants ----------------------------------------------------
    def rename(self, number: int, name: object) -> Future[Any]:
        with self._lock:
            person = self.participant(number)
            clean = clean_name(name)
            self._check_name_free(clean, number)
            person.name = clean
            self._standings = None
            durable = self.committer.submit(storage.write_name(self.id, person))
        self._emit(Change(room=True, participant=number))
        return durable

    def remove(self, number: int) -> Future[Any]:
        """Remove a participant: their token stops working, their name is free again,
        they leave the standings (their answers stay in the store)."""
        with self._lock:
            person = self.participant(number)
            if person.active:
                person.removed_at = self.clock.now()
                self._standings = None
            durable = self.committer.submit(storage.write_removal(self.id, person))
        self._emit(Change(room=True, participant=number))
        return durable

    def reattach(self, number: int) -> JoinReceipt:
        """A new token for a participant on another device; the old one stops working."""
        with self._lock:
            person = self.participant(number)
            if not person.active:
                raise LiveRefused("removed")
            del self._by_token[person.token_hash]
            token = new_token()
            person.token_hash = token_hash(token)
            self._by_token[person.token_hash] = person
            durable = self.committer.submit(storage.write_token(self.id, person))
        self._emit(Change(participant=number))
        return JoinReceipt(person, token, durable)
