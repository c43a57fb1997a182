from datetime import date

import pytest

from generators.core.grammar import article, join_names, long_date, month_day, paragraph, salutation_name, tidy


@pytest.mark.parametrize("phrase, expected", [
    ("Data Analyst", "a"), ("Operations Manager", "an"), ("HR Coordinator", "an"),
    ("UX Researcher", "a"), ("SEO Lead", "an"), ("University Liaison", "a"), ("hourly role", "an"),
    ("European Sales Lead", "a"), ("one-year contract", "a"), ("8-week project", "an"), ("Nurse", "a"),
])
def test_article(phrase, expected):
    assert article(phrase) == expected


def test_dates_are_written_out():
    assert long_date(date(2026, 3, 12)) == "March 12, 2026"
    assert month_day(date(2026, 12, 1)) == "December 1"


@pytest.mark.parametrize("name, warm, expected", [
    ("Dana Lee", False, "Dana Lee"), ("Dana Lee", True, "Dana"),
    ("Dr. Amira Haddad", False, "Dr. Haddad"), ("Dr. Amira Haddad", True, "Dr. Haddad"),
    ("Ms Gould", True, "Ms Gould"), ("Cher", True, "Cher"), ("Mr", False, "Mr"),
])
def test_salutation_name(name, warm, expected):
    assert salutation_name(name, warm) == expected


def test_join_names():
    assert join_names(["A"]) == "A"
    assert join_names(["A", "B"]) == "A and B"
    assert join_names(["A", "B", "C"]) == "A, B, and C"


def test_paragraph_and_tidy():
    assert paragraph("\n One.\n\n Two. \n") == "One. Two.\n\n"
    assert paragraph("\n  \n") == ""
    assert tidy("\nA  \n\n\n\nB\n\n") == "A\n\nB\n"
