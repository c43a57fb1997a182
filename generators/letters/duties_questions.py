"""Questions to ask in an interview about "other duties as assigned".

Advice it follows (guide: at-work/other-duties): the phrase is normal and
usually harmless, so ask about it rather than worry; bring two or three of the
guide's questions; listen for real examples. Specific, calm answers suggest a
fair employer; vague answers, or a long list of unrelated work, mean you
should ask more.

The output is a numbered list to copy or print, not a letter to send, so it
is a "script" with no subject and no greeting.
"""

from __future__ import annotations

from datetime import date

from ..core.spec import Answers, Choice, Field, Letter, Message, Spec

ID = "duties-questions"

# The guide's questions, grouped by what each group protects you from and
# written as you would ask them aloud. docs/at-work/other-duties.md shows the
# same headings and questions, in this order, under "The tool to use"
# (tests/test_duties_questions.py checks that the two agree). The values are
# kept stable: counselor links name them.
QUESTION_GROUPS = (
    ("Work the posting leaves out", (
        Choice("examples", 'What has "other duties as assigned" meant for the last person in this role?'),
        Choice("not_in_description", "What does a normal week in this job include that the posting doesn't mention?"),
    )),
    ("Extra tasks that take time from your own work", (
        Choice("covering", "When a teammate is away, who picks up their work, and how often?"),
        Choice("other_teams", "If another team asks me for help, would you want them to check with you first?"),
    )),
    ("Room to grow, and how much say you have", (
        Choice("spotting_problems", "If I notice something that isn't working, would you rather I fix it or tell you first?"),
        Choice("stretch", "Can you tell me about a stretch project someone in this role has taken on?"),
    )),
)
GUIDE_QUESTIONS = tuple(choice for _, choices in QUESTION_GROUPS for choice in choices)

NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

# How many questions the guide suggests bringing, and the most the tool takes.
SUGGESTED_MAX = 3
OWN_MAX_LINES = 10
OWN_LINE_MAX = 200

SPEC_ITEMS = (
    Field(
        name="questions",
        label="Questions from the guide",
        kind="checkboxes",
        choices=GUIDE_QUESTIONS,
        hint="Pick two or three that fit the job. You can ask each one as written.",
    ),
    Field(
        name="own_questions",
        label="Your own questions (optional)",
        kind="textarea",
        multiline=True,
        max_length=OWN_MAX_LINES * (OWN_LINE_MAX + 1),
        hint="One question a line. For example: How do extra tasks count when you review someone's work?",
    ),
    Field(
        name="role",
        label="Job title (optional)",
        max_length=120,
        fragment=True,
        hint="Printed at the top of your list, so you can tell your lists apart.",
    ),
    Field(
        name="organization",
        label="Organization (optional)",
        autocomplete="organization",
        max_length=120,
        fragment=True,
    ),
)

HEADING = "Questions to ask about other duties"
NO_QUESTION = "[choose or write at least one question]"


def _same(a: str, b: str) -> bool:
    return a.casefold() == b.casefold()


def own_lines(answers: Answers) -> list[str]:
    text = answers["own_questions"]
    return text.split("\n") if text else []


def chosen_questions(answers: Answers) -> list[str]:
    """The guide's questions in the guide's order, then the reader's own, each
    once (a question typed again exactly as listed is not repeated)."""
    field = SPEC_ITEMS[0]
    out = [field.label_of(value) for value in (c.value for c in GUIDE_QUESTIONS) if value in answers["questions"]]
    for line in own_lines(answers):
        if not any(_same(line, earlier) for earlier in out):
            out.append(line)
    return out


def title_line(role: str, organization: str) -> str:
    if role and organization:
        return f"Interview: {role} at {organization}"
    if role or organization:
        return f"Interview: {role or organization}"
    return ""


def compose(answers: Answers, today: date) -> list[Letter]:
    questions = chosen_questions(answers)
    items = [f"{number}. {text}" for number, text in enumerate(questions, start=1)] or [f"1. {NO_QUESTION}"]
    top = title_line(answers["role"], answers["organization"])
    body = (f"{top}\n\n" if top else "") + "\n".join(items) + "\n"
    return [Letter(subject="", body=body, heading=HEADING, layout="script")]


def advise(answers: Answers, today: date) -> list[Message]:
    notes: list[Message] = []
    lines = own_lines(answers)
    if len(lines) > OWN_MAX_LINES:
        answers.error(
            "own_questions",
            f"Write up to {OWN_MAX_LINES} questions of your own, one a line. You have {len(lines)}.",
        )
    for number, line in enumerate(lines, start=1):
        if len(line) > OWN_LINE_MAX:
            answers.error(
                "own_questions",
                f"Keep each of your questions to {OWN_LINE_MAX} characters or fewer. "
                f"Question {number} has {len(line)}.",
            )
            break
    field = SPEC_ITEMS[0]
    listed = [field.label_of(v) for v in answers["questions"]]
    repeats = [line for line in lines if any(_same(line, q) for q in listed)]
    if repeats or len({line.casefold() for line in lines}) < len(lines):
        answers.notices.append(Message("A question you wrote was already on your list, so it appears once.", "own_questions"))
    count = len(chosen_questions(answers))
    if count == 0:
        answers.error("questions", "Choose at least one question, or write your own")
        return notes
    if count > SUGGESTED_MAX:
        notes.append(Message(
            f"You have {NUMBER_WORDS[count] if count < len(NUMBER_WORDS) else count} questions. The guide suggests two or three, because interviews rarely leave "
            "time for more. Put the ones that matter most to you first.",
        ))
    notes.append(Message(
        "Listen for real examples. Specific, calm answers suggest a fair employer. Vague answers, or a long "
        "list of unrelated work, are a sign to ask more.",
    ))
    return notes


SPEC = Spec(
    id=ID,
    title="Questions to ask about “other duties as assigned”",
    stage="interviewing",
    situation="You have an interview and the posting ends with “other duties as assigned”",
    summary="A short list of questions for your interview about the work the job description leaves out, "
            "ready to copy or print.",
    items=SPEC_ITEMS,
    compose=compose,
    advise=advise,
    example={
        "questions": ["not_in_description", "stretch"],
        "own_questions": "How do extra tasks count when you review someone's work?",
        "role": "Data Analyst",
        "organization": "Northwind Health",
    },
    example_today=date(2026, 3, 10),
    submit_label="Check my list",
    output_title="Your questions",
)
