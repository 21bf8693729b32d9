"""What each condition of the 'only in' gates costs, on the labelled set's development stories.

    python -m tools.intel_gates FOLDER [--stories a,b]

For every sentence the two gates refuse (`facts_refusal.refusal`, called through `facts`: is it
one newsroom's own; `unique_gate.Gate.verdict`: is there positive evidence, in any language), the
condition that refused it is recorded as the project's own code names it, and the sentence is judged against
the story's truth: RIGHT when it carries a fact the truth lists as only in one newsroom, WRONG
when it carries a fact more than one newsroom gives (what the gate is there to refuse). A
condition to loosen is one refusing many RIGHT sentences and few WRONG ones on every story.

Per fact only in one newsroom, the furthest step its sentences reached is counted too: shown,
refused by the evidence gate, refused as not its own, or never compared (its newsroom's
sentences are in a language the analysis does not know, or match no sentence the splitter
cut). A newsroom in another language than the one compared is read within its language and
then by its counts (`unique_gate.counts`): a sentence refused there for want of a count of
its own is counted under `NO_COUNT`.

Per fact every newsroom carries, the furthest step it reached (`EVERY_STEPS`): shown; a fact
found but no quote let through by the agree gate (`agree_gate`); a star (`facts_agreed.is_star`) left
out (in a dispute, figures given differently, or past `facts_agreed.MAX_AGREED`); its sentences in
every compared newsroom but no star (some newsroom's closest sentence under `facts_agreed.AGREE`, or
`facts_agreed.AGREE_MEAN` on average); its sentences in some compared newsrooms only (as the page
groups the copies); never compared. Only the development split is read unless stories are named; the
set's text stays outside the repository (this module holds none of it).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from generator.analysis import facts_agreed, facts_refusal, unique_gate
from generator.analysis.facts_sentences import Sentences
from generator.model.analysis import Agreed
from tools import intel_claims as claims
from tools.intel_match import same_sentence
from tools.intel_truth import Fact, TruthError, development_stories, held_out_stories, load_truth

SHOWN = "shown"
NOT_KEPT = "let through, not shown (a copy of a sentence listed, or not among its newsroom's strongest)"
NOT_COMPARED = "never compared (another language)"
NO_COUNT = "no evidence: no count of its own (a newsroom in another language)"
GATED = "a fact found, no quote the agree gate lets through"
STAR_LEFT = "a star, left out (a dispute, figures given differently, or past MAX_AGREED)"
NO_STAR = "in every compared newsroom, no star (a newsroom's closest sentence too far)"
SOME_ROOMS = "in some compared newsrooms only (as the page groups the copies)"
NEVER = "never compared"
EVERY_STEPS = (SHOWN, GATED, STAR_LEFT, NO_STAR, SOME_ROOMS, NEVER)


@dataclass
class Agreeing:
    """What the 'carried by every newsroom' step read: the story's sentences, the compared
    newsrooms and the facts it found before the agree gate (None: no comparison)."""

    sentences: Sentences | None = None
    rooms: frozenset[str] = frozenset()
    found: tuple[Agreed, ...] = ()


@contextmanager
def agreeing() -> Iterator[Agreeing]:
    """What the 'carried by every newsroom' step of the story analysed last read and found."""
    seen = Agreeing()
    agreed = facts_agreed.agreed

    def agreed_seen(sentences: Sentences, rooms: frozenset[str], in_dispute: set[int]) -> tuple[Agreed, ...]:
        found = agreed(sentences, rooms, in_dispute)
        seen.sentences, seen.rooms, seen.found = sentences, rooms, found
        return found

    facts_agreed.agreed = agreed_seen
    try:
        yield seen
    finally:
        facts_agreed.agreed = agreed


@contextmanager
def recording() -> Iterator[dict[str, str]]:
    """Each sentence text the gates read -> the condition refusing it ('' when let through)."""
    said: dict[str, str] = {}
    refusal, verdict, own_count = facts_refusal.refusal, unique_gate.Gate.verdict, unique_gate.Gate.own_count

    def refusal_seen(sentences: Sentences, number: int, shared: frozenset[str]) -> str:
        why = refusal(sentences, number, shared)
        said[sentences.text(number)] = f"not its own: {why}" if why else ""
        return why

    def verdict_seen(gate: unique_gate.Gate, room: str, text: str, body: str = "") -> tuple[int, str]:
        found = verdict(gate, room, text, body)
        said[text] = f"no evidence: {found[1]}" if found[1] else said.get(text, "")
        return found

    def own_count_seen(gate: unique_gate.Gate, room: str, text: str) -> bool:
        found = own_count(gate, room, text)
        if not found:
            said[text] = NO_COUNT
        return found

    facts_refusal.refusal, unique_gate.Gate.verdict = refusal_seen, verdict_seen  # type: ignore[method-assign,assignment]
    unique_gate.Gate.own_count = own_count_seen  # type: ignore[method-assign,assignment]
    try:
        yield said
    finally:
        facts_refusal.refusal, unique_gate.Gate.verdict = refusal, verdict  # type: ignore[method-assign]
        unique_gate.Gate.own_count = own_count  # type: ignore[method-assign]


def story_counts(folder: Path, story: str) -> tuple[Counter[tuple[str, str]], Counter[str], Counter[str]]:
    """(verdict RIGHT/WRONG, condition) -> sentences; furthest step -> facts only in one
    newsroom; furthest step -> facts every newsroom carries."""
    with recording() as said, agreeing() as seen:
        page = claims.read_page(folder / story / "site", 1)
    truth = load_truth(folder / story / "truth.json")
    every = Counter(_every_step(page, seen, fact) for fact in truth.facts if fact.every)
    shown = [q.text for fact in claims.only_in(page) or () for q in fact.quotes]
    sentences: Counter[tuple[str, str]] = Counter()
    steps: Counter[str] = Counter()
    for fact in truth.facts:
        if fact.only_in is None and len(fact.newsrooms) < 2:
            continue
        reached = []
        for carried in fact.sentences.values():
            for truth_text in carried:
                for text, why in said.items():
                    if same_sentence(text, truth_text):
                        step = why or (
                            SHOWN if any(same_sentence(s, truth_text) for s in shown) else NOT_KEPT
                        )
                        sentences["RIGHT" if fact.only_in else "WRONG", step] += 1
                        reached.append(step)
        if fact.only_in:
            steps[min(reached, key=_depth) if reached else NOT_COMPARED] += 1
    return sentences, steps, every


def _every_step(page: claims.Page, seen: Agreeing, fact: Fact) -> str:
    """The furthest step a fact every newsroom carries reached (one of `EVERY_STEPS`)."""
    texts = [text for carried in fact.sentences.values() for text in carried]

    def carries(sentence: str) -> bool:
        return any(same_sentence(sentence, text) for text in texts)

    if any(carries(q.text) for shown in claims.every(page) or () for q in shown.quotes):
        return SHOWN
    sentences = seen.sentences
    if sentences is None:
        return NEVER
    if any(carries(q.text) for found in seen.found for q in found.sentences):
        return GATED
    numbers = [n for n in range(len(sentences)) if carries(sentences.text(n))]
    if any(facts_agreed.is_star(sentences, n, seen.rooms) for n in numbers):
        return STAR_LEFT
    covered = frozenset().union(*(sentences.rooms[n] for n in numbers))
    if not numbers:
        return NEVER
    return NO_STAR if seen.rooms <= covered else SOME_ROOMS


def _depth(step: str) -> int:
    return 0 if step == SHOWN else 1 if step == NOT_KEPT else 2 if step.startswith("no evidence") else 3


def run(folder: Path, stories: Sequence[str], say: Callable[[str], None]) -> None:
    all_sentences: Counter[tuple[str, str]] = Counter()
    all_steps: Counter[str] = Counter()
    all_every: Counter[str] = Counter()
    for story in stories:
        sentences, steps, every = story_counts(folder, story)
        all_sentences += sentences
        all_steps += steps
        all_every += every
        say(f"{story}:")
        _table(sentences, steps, every, say)
    say(f"total ({len(stories)} stories):")
    _table(all_sentences, all_steps, all_every, say)


def _table(
    sentences: Counter[tuple[str, str]],
    steps: Counter[str],
    every: Counter[str],
    say: Callable[[str], None],
) -> None:
    for step in sorted({step for _, step in sentences}, key=lambda s: (_depth(s), s)):
        say(f"  {sentences['RIGHT', step]:4} right {sentences['WRONG', step]:4} wrong  sentences  {step}")
    for step in sorted(steps, key=lambda s: (_depth(s) if s != NOT_COMPARED else 4, s)):
        say(f"  {steps[step]:4} facts only in one newsroom: furthest step  {step}")
    for step in sorted(every, key=EVERY_STEPS.index):
        say(f"  {every[step]:4} facts every newsroom carries: furthest step  {step}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("folder", type=Path, help="the labelled set (index.json, <story>/site, truth.json)")
    parser.add_argument(
        "--stories", default="", help="comma-separated stories (default: the development split)"
    )
    args = parser.parse_args(argv)
    try:
        stories = [s for s in args.stories.split(",") if s] or list(development_stories(args.folder))
        held = [s for s in stories if s in held_out_stories(args.folder)]
        if held:
            raise TruthError(f"{', '.join(held)}: held out for the final evaluation: not read here")
        run(args.folder, stories, print)
    except (TruthError, claims.AdapterError) as error:
        print(f"intel-gates: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
