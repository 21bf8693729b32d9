"""A deterministic benchmark corpus in the content contract: `make bench-corpus N=1000`.

N briefings, 3 source articles each (400-900 words of Markdown), about N/7 topics, 40 outlets.
The same N always gives the same files, byte for byte.
"""

from __future__ import annotations

import argparse
import random
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
WORDS = [
    "government",
    "minister",
    "officials",
    "said",
    "report",
    "army",
    "troops",
    "border",
    "talks",
    "agreement",
    "sanctions",
    "energy",
    "prices",
    "market",
    "election",
    "vote",
    "parliament",
    "court",
    "ruling",
    "investigation",
    "police",
    "city",
    "region",
    "province",
    "aid",
    "missile",
    "strike",
    "ceasefire",
    "negotiators",
    "summit",
    "trade",
    "exports",
    "imports",
    "inflation",
    "central",
    "bank",
    "interest",
    "rates",
    "budget",
    "deficit",
    "protest",
    "union",
    "workers",
    "strike",
    "company",
    "shares",
    "investors",
    "analysts",
    "weather",
    "storm",
    "flooding",
    "drought",
    "harvest",
    "farmers",
    "hospital",
    "health",
    "vaccine",
    "outbreak",
    "schools",
    "teachers",
]
KINDS = ["newspaper", "wire", "broadcaster", "digital", "agency", "magazine"]
ZONES = ["UTC", "Europe/London", "Europe/Berlin", "Asia/Tokyo", "Asia/Kolkata", "America/New_York"]


def sentence(rng: random.Random, low: int = 8, high: int = 22) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    return " ".join(words).capitalize() + "."


def paragraph(rng: random.Random) -> str:
    return " ".join(sentence(rng) for _ in range(rng.randint(2, 5)))


def article_body(rng: random.Random) -> str:
    target, words, parts = rng.randint(400, 900), 0, []
    while words < target:
        if parts and rng.random() < 0.08:
            parts.append("## " + sentence(rng, 3, 6).rstrip("."))
        text = paragraph(rng)
        parts.append(text)
        words += len(text.split())
    return "\n\n".join(parts) + "\n"


def use_project_templates(root: Path) -> None:
    """Give a corpus the project's current templates and static files (a benchmark measures the
    pages the project makes today, not those of the day the corpus was written)."""
    for name in ("templates", "static"):
        if (root / name).exists():
            shutil.rmtree(root / name)
        shutil.copytree(REPO / name, root / name)


def write_corpus(root: Path, n: int) -> None:
    """Write a complete project (site.yaml, content, templates, static) for N briefings."""
    rng = random.Random(n)
    if root.exists():
        shutil.rmtree(root)
    (root / "content/articles").mkdir(parents=True)
    (root / "content/briefings").mkdir(parents=True)
    use_project_templates(root)
    topics = [f"topic-{i:04d}" for i in range(max(1, n // 7))]
    outlets = [f"outlet-{i:02d}" for i in range(40)]
    lines = [
        "title: Benchmark Desk",
        "description: A generated corpus for benchmarks.",
        "base_url: https://bench.github.io/desk/",
        "language: en",
        "timezone: Europe/London",
        "per_page: 20",
        "excerpt_words: 50",
        "topics:",
    ]
    for i, slug in enumerate(topics):
        parent = f"\n    parent: {topics[i % 10]}" if i >= 10 and i % 3 == 0 else ""
        lines.append(
            f"  {slug}:\n    name: Topic {i:04d} {rng.choice(WORDS).title()}\n"
            f"    description: {sentence(rng)}{parent}"
        )
    lines.append("outlets:")
    for i, slug in enumerate(outlets):
        lines.append(
            f"  {slug}:\n    name: Outlet {i:02d}\n    url: https://outlet{i}.example/\n"
            f"    country: C{i % 12}\n    timezone: {ZONES[i % len(ZONES)]}\n"
            f"    kind: {KINDS[i % len(KINDS)]}"
        )
    (root / "site.yaml").write_text("\n".join(lines) + "\n")

    start = datetime(2023, 1, 1, 6, 0, tzinfo=UTC)
    for b in range(n):
        when = start + timedelta(minutes=b * 157)
        ids = []
        for a in range(3):
            outlet = outlets[rng.randrange(len(outlets))]
            article_id = f"a{b:06d}-{a}"
            ids.append(article_id)
            wire = "\nvia: Reuters" if rng.random() < 0.2 else ""
            (root / f"content/articles/{article_id}.md").write_text(
                f"---\ntitle: {sentence(rng, 5, 12).rstrip('.')}\noutlet: {outlet}\n"
                f"url: https://{outlet}.example/news/{article_id}\n"
                f"published: '{(when - timedelta(hours=a + 1)).isoformat()}'\n"
                f"authors: [Reporter {rng.randint(1, 300)}]{wire}\n---\n\n{article_body(rng)}"
            )
        chosen = sorted(rng.sample(topics, k=min(len(topics), rng.randint(1, 3))))
        points = "\n".join(
            f"  - text: {sentence(rng)}\n    sources: [{ids[i % 3]}]" for i in range(rng.randint(3, 5))
        )
        (root / f"content/briefings/story-{b:06d}.yaml").write_text(
            f"title: {sentence(rng, 6, 12).rstrip('.')}\ndate: '{when.isoformat()}'\n"
            f"summary: {paragraph(rng)}\nkey_points:\n{points}\n"
            f"why_it_matters: {sentence(rng)}\ntopics: [{', '.join(chosen)}]\n"
            f"sources: [{', '.join(ids)}]\n"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=1000, help="number of briefings")
    parser.add_argument("--out", type=Path, help="where to write (default bench/corpus-N)")
    args = parser.parse_args()
    out = args.out or REPO / "bench" / f"corpus-{args.n}"
    write_corpus(out, args.n)
    print(f"wrote {args.n} briefings, {3 * args.n} articles to {out}")


if __name__ == "__main__":
    main()
