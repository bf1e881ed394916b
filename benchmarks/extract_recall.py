"""Recall of `factcheck extract` on the articles encoded by hand, and its speed.

Recall: the share of the claims with a value in a hand-encoded claim file that the draft
also finds (the same value, hedge and unit included, with a quote overlapping the hand
quote in the text). Run: ``.venv/bin/python benchmarks/extract_recall.py``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import factcheck
from factcheck.extract import extract, measure_recall

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = {
    "seed (fr)": ROOT / "claims" / "latribune-2015-07-27.yaml",
    "english": ROOT / "tests" / "data" / "extract" / "harbourline-2024-03-14.yaml",
}
REPEAT = 20


def main() -> int:
    worst = 1.0
    for name, path in ARTICLES.items():
        document = factcheck.load(path).documents[0]
        source = document.source
        if source is None or source.text_content is None:
            print(f"{name}: {path} has no readable source text", file=sys.stderr)
            return 1
        text, language = source.text_content, source.language
        started = time.perf_counter()
        draft = extract(text, language, source.published)  # the first run pays the imports
        first = time.perf_counter() - started
        started = time.perf_counter()
        for _ in range(REPEAT):
            extract(text, language, source.published)
        warm = (time.perf_counter() - started) / REPEAT
        recall = measure_recall(document.claims, draft.claims, text, language)
        worst = min(worst, float(recall.share))
        print(f"{name:10} {path.relative_to(ROOT)}")
        print(f"  recall  {recall}")
        if recall.missed:
            print(f"  missed  {', '.join(recall.missed)}")
        print(
            f"  draft   {len(draft.claims)} claims, {sum(c.incomplete for c in draft.claims)} "
            f"with a '?' to fill in; {len(text.split())} words"
        )
        print(f"  time    {first * 1000:.0f} ms first run, {warm * 1000:.1f} ms warm")
    return 0 if worst >= 0.95 else 1


if __name__ == "__main__":
    sys.exit(main())
