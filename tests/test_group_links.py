"""Links for a group (generators/web/group_links.py) and bundles
(share_links.carry): a sheet of clients in, a checked link per client out."""

from __future__ import annotations

import csv
import io
from datetime import date
from urllib.parse import parse_qsl, urlparse

import pytest

import generators
from generators.core.spec import Choice, Field, Spec, clean_text, flatten
from generators.web import group_links, share_links
from support.paths import ROOT

WRITER = "interview-thank-you"
PAGE = "http://127.0.0.1:8124/letters/interview-thank-you/"
PAYLOADS = [line for line in (ROOT / "tests" / "xss_payloads.txt").read_text(encoding="utf-8").splitlines() if line]
COLUMNS = ["client", "your_name", "organization", "role", "interview_date", "interview_kind",
           "interviewers-1-name", "interviewers-1-topic", "tone", "favourite_colour"]


def forty_clients(delimiter: str = ",") -> tuple[str, dict]:
    """A sheet of 40 clients, some rows broken in different ways, as a
    counselor's spreadsheet would export it (BOM, CRLF, a blank row). Returns
    the text and what must come out of it."""
    rows, expected = [COLUMNS], {"links": {}, "messages": {}}
    # The unknown column is reported once, on the first row.
    expected["messages"][(1, "favourite_colour")] = "is not a question"
    for i in range(40):
        row_number = len(rows) + 1
        label = PAYLOADS[i % len(PAYLOADS)] if i % 4 == 0 else f"Client {i}"
        cells = [label, f"Person {i}", f"Employer {i}", "Data Analyst", "2026-03-10", "video",
                 "Dana Lee", PAYLOADS[(i + 1) % len(PAYLOADS)], "warm", "blue"]
        good = {"your_name": f"Person {i}", "organization": f"Employer {i}", "role": "Data Analyst",
                "interview_date": "2026-03-10", "interview_kind": "video", "interviewers-1-name": "Dana Lee",
                "interviewers-1-topic": cells[7], "tone": "warm"}
        if i % 10 == 3:
            cells[4] = "2026-02-30"
            del good["interview_date"]
            expected["messages"][(row_number, "interview_date")] = "not a real date"
        if i % 10 == 5:
            cells[8] = "shouty"
            del good["tone"]
            expected["messages"][(row_number, "tone")] = "not one of the choices"
        if i % 10 == 7:
            cells[3] = "x" * 121
            del good["role"]
            expected["messages"][(row_number, "role")] = "too long (121 characters; the most is 120)"
        if i == 13:
            cells[2] = good["organization"] = f'Smith, Jones{delimiter} "and"\nPartners'
        if i == 11:
            cells += ["an extra cell", "and another"]
            expected["messages"][(row_number, "")] = "more cells than the first row names"
        if i in (9, 19):
            cells = [label] + [""] * (len(COLUMNS) - 1)
            expected["messages"][(row_number, "")] = "no answer to put in a link"
        else:
            expected["links"][row_number] = (label, good)
        rows.append(cells)
        if i == 20:
            rows.append([""] * len(COLUMNS))  # a blank line between clients makes no client
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return "\ufeff" + out.getvalue(), expected


def answers_of(url: str) -> dict:
    """The answers a link carries, read back the way the page reads them."""
    params: dict = {}
    for key, value in parse_qsl(urlparse(url).fragment.removeprefix("fill?"), keep_blank_values=True):
        params[key] = [*params[key], value] if isinstance(params.get(key), list) else (
            [params[key], value] if key in params else value)
    return params


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_forty_clients_give_a_link_per_good_row_and_a_message_per_problem(delimiter):
    text, expected = forty_clients(delimiter)
    made = group_links.group_links(WRITER, text, PAGE)
    assert made["problem"] == ""
    assert {link["row"]: link["client"] for link in made["links"]} == \
        {row: label for row, (label, _) in expected["links"].items()}
    for link in made["links"]:
        _, good = expected["links"][link["row"]]
        assert share_links.prefill(WRITER, answers_of(link["url"])) == {"values": good, "messages": []}
        assert link["url"].startswith(PAGE + "#fill?")
    found = {(m["row"], m["column"]): m["text"] for m in made["messages"]}
    assert set(found) == set(expected["messages"])
    for (row, column), words in expected["messages"].items():
        assert words in found[(row, column)]
        if row > 1:
            assert found[(row, column)].startswith(f"Row {row}")
        if column and row > 1:
            assert found[(row, column)].startswith(f"Row {row}, column {column}: ")
    assert [m["row"] for m in made["messages"]] == sorted(m["row"] for m in made["messages"])
    assert len(made["links"]) == 38 and len(made["messages"]) == 16


def test_the_client_column_never_goes_into_a_link():
    text, _ = forty_clients()
    made = group_links.group_links(WRITER, text.replace("Client 1,", "Ana Secret,"), PAGE)
    assert any(link["client"] == "Ana Secret" for link in made["links"])
    assert not any("Secret" in link["url"] or "client" in answers_of(link["url"]) for link in made["links"])


def test_hostile_text_in_every_cell_stays_text_and_is_encoded_in_links():
    questions = [column for column, _, _ in group_links._questions(WRITER)]
    rows = [["client", *questions]] + [[payload] * (len(questions) + 1) for payload in PAYLOADS]
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    made = group_links.group_links(WRITER, out.getvalue(), PAGE)
    assert made["problem"] == ""
    # Each payload is a label, kept as text (the page writes it with
    # textContent); in the link it is percent-encoded, so no < or " is raw.
    # Labels get the input hygiene every answer gets (hidden controls out).
    labels = [clean_text(payload, group_links.CLIENT_FIELD)[0] for payload in PAYLOADS]
    assert [link["client"] for link in made["links"]] == [
        label if len(label) <= 80 else f"Client on row {row}" for row, label in enumerate(labels, start=2)
    ]
    for link in made["links"]:
        fragment = link["url"].split("#", 1)[1]
        assert not set(fragment) & set("<>\"' `")
    for message in made["messages"]:
        assert message["row"] >= 2 and message["text"].startswith(f"Row {message['row']}")


def test_formula_cells_get_a_leading_apostrophe_in_what_we_write():
    labels = ["=HYPERLINK(\"http://evil\")", "+1+1", "-2", "@SUM(A1)", "\tTabbed", "\rReturn", "Ana", "'quoted"]
    rows = [["client", "organization"]] + [[label, "Acme"] for label in labels]
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    made = group_links.group_links(WRITER, out.getvalue(), PAGE)
    written = list(csv.reader(io.StringIO(made["csv"]["text"].removeprefix("\ufeff"), newline="")))
    assert written[0] == ["client", "link"]
    clients = [row[0] for row in written[1:]]
    # A label's own tab or CR at its start is trimmed as spaces are; the
    # rule itself still covers them:
    assert group_links.safe_cell("\tx") == "'\tx" and group_links.safe_cell("\rx") == "'\rx"
    assert clients == ["'=HYPERLINK(\"http://evil\")", "'+1+1", "'-2", "'@SUM(A1)", "Tabbed", "Return", "Ana", "'quoted"]
    assert all(not cell.startswith(group_links.FORMULA_STARTS) for row in written for cell in row)
    assert [row[1] for row in written[1:]] == [link["url"] for link in made["links"]]


def test_template_has_a_column_per_question_and_makes_no_link():
    spec = generators.get_spec(WRITER)
    made = group_links.template(WRITER)
    rows = list(csv.reader(io.StringIO(made["text"].removeprefix("\ufeff"), newline="")))
    assert made["text"].startswith("\ufeff") and made["name"] == f"{WRITER}-clients.csv"
    assert rows[0] == ["client", *(key for key, _ in spec.fields()), "next"]
    assert rows[2][-1] == "follow-up-planner, or leave it empty"
    assert rows[1][rows[0].index("interview_date")] == spec.field("interview_date").label
    assert "formal, warm" in rows[2][rows[0].index("tone")]
    assert "2026-03-12" in rows[2][rows[0].index("interview_date")]
    # Its rows of notes are not clients.
    assert "no clients yet" in group_links.group_links(WRITER, made["text"], PAGE)["problem"]


@pytest.mark.parametrize("spec_id", sorted(generators.SPECS))
def test_every_writer_example_comes_back_from_its_own_template(spec_id):
    spec = generators.get_spec(spec_id)
    header = list(csv.reader(io.StringIO(group_links.template(spec_id)["text"].removeprefix("\ufeff"))))[0]
    values = flatten(spec.example)
    cell = lambda v: ";".join(v) if isinstance(v, list) else str(v)  # noqa: E731
    row = ["Example"] + [cell(values.get(column, "")) for column in header[1:]]
    out = io.StringIO()
    csv.writer(out).writerows([header, row])
    made = group_links.group_links(spec_id, out.getvalue(), PAGE)
    assert made["messages"] == []
    assert made["links"][0]["url"] == share_links.link(spec_id, values, PAGE)["url"]


def test_a_cell_is_checked_exactly_as_a_link_answer_is():
    spec = generators.get_spec(WRITER)
    for key, f in spec.fields():
        for raw in ("2026-03-12", "2026-13-01", "formal", "warm", "nonsense", "x" * (f.max_length + 1), "Acme"):
            link_value = share_links.prefill(WRITER, {key: raw})["values"].get(key)
            made = group_links.group_links(WRITER, f"client,{key}\nA,\"{raw}\"\n", PAGE)
            sheet_value = answers_of(made["links"][0]["url"]).get(key) if made["links"] else None
            if link_value is not None and (not link_value or link_value == f.default):
                link_value = None  # what the form starts with is not put in a link
            assert sheet_value == link_value, (key, raw)


def test_a_message_names_the_column_as_the_sheet_does():
    made = group_links.group_links(WRITER, f"client,organization,interviewers-2-name\nA,Acme,{'x' * 500}\n", PAGE)
    assert made["messages"][0]["text"].startswith("Row 2, column interviewers-2-name: the answer is too long")


def test_a_row_that_cannot_be_read_ends_the_sheet_with_a_message():
    huge = "x" * 140_000  # past the csv module's cell limit, inside the sheet's
    made = group_links.group_links(WRITER, f"client,organization\nA,Acme\nB,\"{huge}\"\nC,Ccme\n", PAGE)
    assert [link["client"] for link in made["links"]] == ["A"]
    assert made["messages"][-1]["text"].startswith("Row 3 could not be read (")
    assert made["messages"][-1]["text"].endswith("so the sheet was read only up to row 2.")


def test_limits_and_unreadable_sheets_are_said_plainly():
    many = "client,organization\n" + "".join(f"C{i},Acme\n" for i in range(group_links.MAX_CLIENTS + 3))
    made = group_links.group_links(WRITER, many, PAGE)
    assert len(made["links"]) == group_links.MAX_CLIENTS
    assert "more than 500 clients" in made["messages"][-1]["text"]
    assert "too big" in group_links.group_links(WRITER, "x" * (group_links.MAX_CHARACTERS + 1), PAGE)["problem"]
    assert "empty" in group_links.group_links(WRITER, " \r\n", PAGE)["problem"]
    assert "no clients yet" in group_links.group_links(WRITER, "client,role\n,\n", PAGE)["problem"]
    assert "Download the sheet for this letter writer" in group_links.group_links(WRITER, "name,colour\nAna,blue\n", PAGE)["problem"]
    no_client = group_links.group_links(WRITER, "organization\nAcme\n", PAGE)
    assert no_client["links"][0]["client"] == "Client on row 2"
    assert "no client column" in no_client["messages"][0]["text"]
    repeated = group_links.group_links(WRITER, "client,organization,organization\nA,Acme,Other\n", PAGE)
    assert answers_of(repeated["links"][0]["url"]) == {"organization": "Acme"}
    assert repeated["messages"][0]["text"] == "Column 3 repeats the column organization, so it was left out."
    unnamed = group_links.group_links(WRITER, "client,organization,\nA,Acme,stray\n", PAGE)
    assert unnamed["messages"][0]["text"].startswith("Column 3 has answers but no name")


# Bundles: a writer's link that also offers the follow-up plan.

def test_the_thank_you_note_hands_its_application_answers_to_the_planner():
    assert share_links.shared_fields(WRITER, share_links.FOLLOW_UP) == ["organization", "role", "interview_date"]
    assert share_links.next_step(WRITER) == share_links.FOLLOW_UP
    assert share_links.next_step(share_links.FOLLOW_UP) == ""
    assert share_links.next_step("stretch-project-request") == ""
    made = share_links.carry(WRITER, {"organization": "Acme", "role": "Analyst", "interview_date": "2026-03-10",
                                       "your_name": "Ana", "tone": "warm"}, share_links.FOLLOW_UP,
                             "http://127.0.0.1:8124/letters/follow-up-planner/")
    assert answers_of(made["url"]) == {"organization": "Acme", "role": "Analyst", "interview_date": "2026-03-10"}
    assert made["fields"] == ["Employer", "Job title", "Date of your interview"]
    with pytest.raises(ValueError):
        share_links.carry("stretch-project-request", {}, share_links.FOLLOW_UP, PAGE)


def test_only_questions_of_the_same_name_kind_and_choices_carry(monkeypatch):
    fields = (
        Field(name="organization", label="Organization"),
        Field(name="interview_date", label="When", kind="text"),  # same name, another kind
        Field(name="stay_in_touch", label="Stay?", kind="radio",
              choices=(Choice("no", "No"), Choice("maybe", "Maybe"))),  # other choices
        Field(name="decision_weeks", label="Weeks", kind="select",
              choices=generators.get_spec(share_links.FOLLOW_UP).field("decision_weeks").choices),
    )
    spec = Spec(id="made-up", title="Made up", summary="", items=fields, compose=lambda a, t: [],
                advise=lambda a, t: [], example={}, example_today=date(2026, 1, 1))
    monkeypatch.setitem(generators.SPECS, "made-up", spec)
    assert share_links.shared_fields("made-up", share_links.FOLLOW_UP) == ["organization", "decision_weeks"]


def test_a_bundle_link_names_its_next_step_and_the_writer_accepts_it():
    made = share_links.link(WRITER, {"organization": "Acme", share_links.NEXT: [share_links.FOLLOW_UP]}, PAGE)
    assert answers_of(made["url"]) == {"organization": "Acme", "next": share_links.FOLLOW_UP}
    assert made["count"] == 1
    assert share_links.prefill(WRITER, answers_of(made["url"])) == {"values": {"organization": "Acme"}, "messages": []}
    # Not asked for, or not a next step of this writer: no bundle.
    assert "next" not in answers_of(share_links.link(WRITER, {"organization": "Acme", "next": []}, PAGE)["url"])
    assert "next" not in answers_of(share_links.link("stretch-project-request", {"next": ["follow-up-planner"]},
                                                     PAGE)["url"])
    wrong = share_links.prefill(WRITER, {"organization": "Acme", "next": "withdrawal"})
    assert wrong["messages"] == ["1 answer in the link did not match a question on this form and was ignored."]


def test_a_sheet_makes_bundle_links_too():
    made = group_links.group_links(WRITER, "client,organization,next\nA,Acme,follow-up-planner\nB,Bcme,\nC,Ccme,withdrawal\n", PAGE)
    assert [answers_of(link["url"]).get("next") for link in made["links"]] == ["follow-up-planner", None, None]
    assert [m["text"] for m in made["messages"]] == [
        "Row 4, column next: the answer has choices that are not on the list, which were left out."]
    assert "next" not in group_links.template("stretch-project-request")["text"].splitlines()[0].split(",")


def test_no_question_is_named_like_the_bundle_key():
    for spec in generators.SPECS.values():
        assert share_links.NEXT not in dict(spec.fields()), spec.id
        assert group_links.CLIENT not in dict(spec.fields()), spec.id
