"""The shared language layer (generators/core/grammar.py), each function
alone on a table of hard cases. Every letter uses these; a letter module
never writes its own greeting, article, trim or phone check."""

from datetime import date

import pytest

from generators.core.grammar import (
    address,
    addresses,
    article,
    end_sentence,
    greeting,
    join_names,
    keeps_final_stop,
    long_date,
    month_day,
    name_notice,
    paragraph,
    parse_name,
    quantity,
    render_template,
    tidy,
    trim_end,
)
from generators.core.spec import Answers, Field, check_phone, phone_problem


# ---------------------------------------------------------------- names

@pytest.mark.parametrize("typed, titles, given, family, suffixes", [
    ("Dana Lee", (), ("Dana",), "Lee", ()),
    ("Dr. Amira Haddad, PhD", ("Dr.",), ("Amira",), "Haddad", ("PhD",)),
    ("dr amira haddad", ("dr",), ("amira",), "haddad", ()),
    ("Ms Anna van der Berg", ("Ms",), ("Anna",), "van der Berg", ()),
    ("Maria de la Cruz", (), ("Maria",), "de la Cruz", ()),
    ("Siobhan O'Brien-Nguyễn", (), ("Siobhan",), "O'Brien-Nguyễn", ()),
    ("J. Marcus Webb", (), ("J.", "Marcus"), "Webb", ()),
    ("Robert Lee Jr.", (), ("Robert",), "Lee", ("Jr.",)),
    ("Robert Lee, Jr.", (), ("Robert",), "Lee", ("Jr.",)),
    ("John Smith III", (), ("John",), "Smith", ("III",)),
    ("Ana Souza, MBA, CPA", (), ("Ana",), "Souza", ("MBA", "CPA")),
    ("Kim Park RN", (), ("Kim",), "Park", ("RN",)),
    ("Yo-Yo Ma", (), ("Yo-Yo",), "Ma", ()),  # "Ma" is a surname, not an M.A.
    ("Prof. Dr. Lena Weber", ("Prof.", "Dr."), ("Lena",), "Weber", ()),
    ("Mx. Sam Ortiz", ("Mx.",), ("Sam",), "Ortiz", ()),
    ("Cher", (), ("Cher",), "", ()),
    ("Dr. Ahmed", ("Dr.",), (), "Ahmed", ()),
])
def test_parse_name(typed, titles, given, family, suffixes):
    name = parse_name(typed)
    assert (name.titles, name.given, name.family, name.suffixes) == (titles, given, family, suffixes)


@pytest.mark.parametrize("typed, formal, warm", [
    ("Dana Lee", "Dana Lee", "Dana"),
    ("Dr. Amira Haddad", "Dr. Haddad", "Dr. Haddad"),
    ("Dr. Amira Haddad, PhD", "Dr. Haddad", "Dr. Haddad"),
    ("Dr. Amira Haddad PhD", "Dr. Haddad", "Dr. Haddad"),
    ("Dr. Sam Lee Jr.", "Dr. Lee", "Dr. Lee"),
    ("Amira Haddad, PhD", "Amira Haddad", "Amira"),
    ("Sir Ian Blake", "Sir Ian", "Sir Ian"),
    ("sir ian blake", "sir ian", "sir ian"),
    ("Dame Judi Dench", "Dame Judi", "Dame Judi"),
    ("J. Marcus Webb", "J. Marcus Webb", "Marcus"),
    ("J. Webb", "J. Webb", "J. Webb"),  # never a bare initial
    ("Mr. J. Webb", "Mr. Webb", "Mr. Webb"),
    ("Cher", "Cher", "Cher"),
    ("Ms. Anna van der Berg", "Ms. van der Berg", "Ms. van der Berg"),
    ("Anna van der Berg", "Anna van der Berg", "Anna"),
    ("Dr Maria de la Cruz", "Dr de la Cruz", "Dr de la Cruz"),
    ("Siobhan O'Brien-Nguyễn", "Siobhan O'Brien-Nguyễn", "Siobhan"),
    ("Mrs. O'Brien-Nguyễn", "Mrs. O'Brien-Nguyễn", "Mrs. O'Brien-Nguyễn"),
    ("王芳", "王芳", "王芳"),
    ("山田 太郎", "山田 太郎", "山田 太郎"),
    ("dana lee", "dana lee", "dana"),
    ('Robert "Bob" Smith', "Robert Smith", "Bob"),
    ("Alex Kim (they/them)", "Alex Kim", "Alex"),
    ("Miss Rosa Diaz", "Miss Diaz", "Miss Diaz"),
    ("REV. JOHN ADAMS", "REV. ADAMS", "REV. ADAMS"),
    ("[contact name]", "[contact name]", "[contact name]"),  # a draft's gap, whole
    ("Lee, Dana", "Dana Lee", "Dana"),  # family name first, as a roster writes it
    ("Haddad, Dr. Amira", "Dr. Haddad", "Dr. Haddad"),
])
def test_address(typed, formal, warm):
    assert address(typed, False) == formal
    assert address(typed, True) == warm


@pytest.mark.parametrize("names, warm, expected", [
    ("Dana Lee", False, "Dear Dana Lee,"),
    ("Dana Lee", True, "Hi Dana,"),
    ("Dr. Amira Haddad, PhD", False, "Dear Dr. Haddad,"),
    ("Dr. Amira Haddad, PhD", True, "Hello Dr. Haddad,"),
    ("Dr. Sam Lee Jr.", True, "Hello Dr. Lee,"),
    ("Sir Ian Blake", True, "Hello Sir Ian,"),
    ("", False, "Dear Hiring Manager,"),
    ("", True, "Hello,"),
    (["Mr. Lee", "Ms. Souza"], False, "Dear Mr. Lee and Ms. Souza,"),
    # Alike: with a title in the group, nobody is greeted by first name alone.
    (["Mr. Tom Lee", "Ana Souza"], True, "Hello Mr. Lee and Ana Souza,"),
    (["Dana Lee", "J. Marcus Webb"], True, "Hi Dana and Marcus,"),
    (["Dana Lee", "J. Marcus Webb"], False, "Dear Dana Lee and J. Marcus Webb,"),
    (["Dana Lee", "Ana Souza", "Kim Park"], True, "Hi Dana, Ana, and Kim,"),
])
def test_greeting(names, warm, expected):
    assert greeting(names, warm) == expected


def test_people_you_know_get_first_names_in_either_tone():
    assert greeting("Ines Moreau", False, known=True) == "Dear Ines,"
    assert greeting(["Dana Lee", "Jordan Rivera"], False, known=True) == "Dear Dana and Jordan,"
    assert greeting(["Dr. Ines Moreau", "Priya Natarajan"], True, known=True) == "Hello Dr. Moreau and Priya Natarajan,"


def test_greeting_of_a_posted_letter():
    assert greeting("Dana Lee", False, salute="Dear", end=":") == "Dear Dana Lee:"
    assert greeting("Dana Lee", True, salute="Dear") == "Dear Dana,"


def test_addresses_alike():
    assert addresses(["Mr. Tom Lee", "Ana Souza"], True) == ["Mr. Lee", "Ana Souza"]
    assert addresses(["Tom Lee", "Ana Souza"], True) == ["Tom", "Ana"]


@pytest.mark.parametrize("typed, noticed", [
    ("dana lee", True), ("Dana Lee", False), ("王芳", False), ("bell hooks", True), ("DANA LEE", False),
])
def test_name_notice(typed, noticed):
    assert bool(name_notice(typed)) is noticed
    if noticed:
        assert typed in name_notice(typed)


def test_lower_case_name_gets_a_notice_with_its_field():
    field = Field(name="contact_name", label="Contact", person=True)
    answers = Answers(values={})
    from generators.core.spec import check_field

    assert check_field("contact_name", field, "dana lee", False, answers) == "dana lee"
    assert [n.field for n in answers.notices] == ["contact_name"]


# ---------------------------------------------------------------- articles

@pytest.mark.parametrize("phrase, expected", [
    ("Data Analyst", "a"), ("Operations Manager", "an"), ("Nurse", "a"),
    # initialisms, read letter by letter
    ("HR Coordinator", "an"), ("MBA graduate", "an"), ("X-ray Technician", "an"), ("SQL test", "an"),
    ("NGO", "an"), ("UX Researcher", "a"), ("URL", "a"), ("SEO Lead", "an"), ("FBI agent", "an"),
    ("RN", "an"), ("HVAC role", "an"), ("MSc", "an"), ("NGOs", "an"), ("UCLA program", "a"),
    ("LLC", "an"), ("e-commerce firm", "an"), ("U-turn", "a"),
    # acronyms read as words
    ("NASA engineer", "a"), ("UNICEF project", "a"), ("NATO post", "a"), ("STEM program", "a"),
    ("HIPAA audit", "a"), ("SHRM certificate", "a"), ("OPEC report", "an"),
    # numbers, by how they are read
    ("8-week course", "an"), ("11-person team", "an"), ("18-month contract", "an"),
    ("80-hour week", "an"), ("800-bed hospital", "an"), ("110-bed hospital", "a"),
    ("1-year contract", "a"), ("8", "an"), ("11", "an"), ("18,000-person union", "an"),
    ("$80,000 budget", "an"), ("1,100-page report", "a"), ("100-day plan", "a"),
    # eu, uni, one, use words, and the un- words that keep their vowel
    ("European firm", "a"), ("university", "a"), ("one-year contract", "a"), ("unique chance", "a"),
    ("usual", "a"), ("Ukrainian Interpreter", "a"), ("Utah office", "a"), ("union role", "a"),
    ("uninvited guest", "an"), ("umbrella", "an"), ("Uber driver", "an"), ("onerous task", "an"),
    # silent h, and h that is heard
    ("hour", "an"), ("hourly role", "an"), ("honest answer", "an"), ("heir", "an"),
    ("historic building", "a"), ("HR", "an"),
    # leading punctuation and case
    ("“Operations” lead", "an"), ("iPhone app", "an"), ("eBay seller", "an"), ("", "a"),
])
def test_article(phrase, expected):
    assert article(phrase) == expected


def test_article_filter_in_templates():
    assert render_template("as {{ role|a }}", role="X-ray Technician") == "as an X-ray Technician\n"


# ---------------------------------------------------------------- sentences

@pytest.mark.parametrize("typed, trimmed", [
    ("I will call.", "I will call"),
    ("I will call. ", "I will call"),
    ("a shared dashboard,", "a shared dashboard"),
    ("before 5 p.m.", "before 5 p.m."),
    ("by 9 a.m.", "by 9 a.m."),
    ("Acme Co.", "Acme Co."),
    ("Initech Inc.", "Initech Inc."),
    ("Globex Ltd.", "Globex Ltd."),
    ("Robert Lee Jr.", "Robert Lee Jr."),
    ("reports, budgets, etc.", "reports, budgets, etc."),
    ("the U.S.", "the U.S."),
    ("J.", "J."),
    ("and so on...", "and so on..."),
    ("done..", "done"),
    ("Why?", "Why?"),
])
def test_trim_end(typed, trimmed):
    assert trim_end(typed) == trimmed


@pytest.mark.parametrize("text, expected", [
    ("I found a job", "I found a job."),
    ("I joined Acme Co.", "I joined Acme Co."),
    ("Is it open?", "Is it open?"),
    ("It went well!", "It went well!"),
    ('They said "soon."', 'They said "soon."'),
    ("", ""),
])
def test_end_sentence(text, expected):
    assert end_sentence(text) == expected


def test_end_sentence_with_a_question_mark():
    assert end_sentence("What should I work on", "?") == "What should I work on?"
    assert end_sentence("What should I work on?", "?") == "What should I work on?"


def test_keeps_final_stop():
    assert keeps_final_stop("5 p.m.") and keeps_final_stop("Acme Co.") and keeps_final_stop("wait…")
    assert not keeps_final_stop("I will call.") and not keeps_final_stop("Acme")


def test_a_template_full_stop_after_an_abbreviation_is_not_doubled():
    text = render_template("I work at {{ org }}. I start at {{ time }}, then lunch.", org="Acme Co.", time="9 a.m.")
    assert text == "I work at Acme Co. I start at 9 a.m., then lunch.\n"


def test_fragment_fields_keep_abbreviations():
    field = Field(name="when", label="When", fragment=True)
    answers = Answers(values={})
    from generators.core.spec import check_field

    assert check_field("when", field, "before 5 p.m.", False, answers) == "before 5 p.m."
    assert check_field("when", field, "next week.", False, answers) == "next week"


# ---------------------------------------------------------------- lists, numbers, dates

def test_join_names():
    assert join_names(["A"]) == "A"
    assert join_names(["A", "B"]) == "A and B"
    assert join_names(["A", "B", "C"]) == "A, B, and C"
    assert join_names(["A", "", "C"]) == "A and C"


@pytest.mark.parametrize("count, noun, plural, expected", [
    (1, "day", "", "1 day"), (0, "day", "", "0 days"), (3, "day", "", "3 days"),
    (1, "person", "people", "1 person"), (2, "person", "people", "2 people"),
])
def test_quantity(count, noun, plural, expected):
    assert quantity(count, noun, plural) == expected


def test_dates_are_written_out():
    assert long_date(date(2026, 3, 12)) == "March 12, 2026"
    assert month_day(date(2026, 12, 1)) == "December 1"


def test_paragraph_and_tidy():
    assert paragraph("\n One.\n\n Two. \n") == "One. Two.\n\n"
    assert paragraph("\n  \n") == ""
    assert tidy("\nA  \n\n\n\nB\n\n") == "A\n\nB\n"


# ---------------------------------------------------------------- phone

@pytest.mark.parametrize("typed", [
    "555-201-7788", "(555) 010-0142", "+44 20 7946 0958", "555.201.7788", "555 201 7788 ext. 12",
    "555-201-7788 x4", "(555) 010-0142 (mobile)",
])
def test_phone_numbers_that_can_be_dialled(typed):
    assert phone_problem(typed) == ""


@pytest.mark.parametrize("typed", [
    "call me at the office", "555-CALL-NOW", "12345", "my cell", "555-201-7788 or email",
])
def test_phone_numbers_that_cannot(typed):
    assert "for example" in phone_problem(typed)


def test_phone_check_names_its_field_and_keeps_the_answer():
    answers = Answers(values={"phone": "the office"})
    check_phone(answers, "phone")
    assert [e.field for e in answers.errors] == ["phone"]
    assert answers["phone"] == "the office"


def test_every_template_a_letter_renders_is_one_the_build_compiles(monkeypatch):
    import generators
    """The browser's wheel carries compiled templates for template_sources()
    (compile_for_the_browser.mjs); a template it missed would compile on the reader's
    device. Every golden case and every example, every tone, says which
    templates are really used."""
    from generators.core import grammar
    from support.golden import golden_cases

    declared = set(grammar.template_sources())
    used = set()
    compiled = grammar._compiled
    monkeypatch.setattr(grammar, "_compiled", lambda source: used.add(source) or compiled(source))
    for case in golden_cases():
        generators.render(case.generator, case.values, case.today)
    for spec in generators.SPECS.values():
        generators.render(spec.id, spec.example, spec.example_today)
    assert used, "no template rendered: the recording missed render_template"
    assert used <= declared, f"{len(used - declared)} templates no module declares"
