"""Counselor links: answers in the fragment, checked against the spec."""

from __future__ import annotations

import json
from urllib.parse import parse_qsl, urlparse

import pytest

import generators
from generators.web import share_links
from generators.web.browser import call

PAGE = "http://127.0.0.1:8000/letters/interview-thank-you/"


def test_link_keeps_answers_in_the_fragment_only():
    made = share_links.link("interview-thank-you", {
        "role": "Data Analyst", "organization": "Acme & Sons", "tone": "formal", "your_name": "",
    }, PAGE)
    url = urlparse(made["url"])
    assert url.query == "" and url.fragment.startswith("fill?")
    assert dict(parse_qsl(url.fragment.removeprefix("fill?"))) == {"organization": "Acme & Sons", "role": "Data Analyst"}
    assert made["count"] == 2


def test_link_without_answers_is_the_plain_page():
    assert share_links.link("interview-thank-you", {}, PAGE + "#old")["url"] == PAGE


@pytest.mark.parametrize("spec_id", sorted(generators.SPECS))
def test_round_trip_of_every_example(spec_id):
    spec = generators.get_spec(spec_id)
    url = share_links.link(spec_id, dict(spec.example), PAGE)["url"]
    params = {}
    for key, value in parse_qsl(urlparse(url).fragment.removeprefix("fill?")):
        params[key] = params[key] + [value] if isinstance(params.get(key), list) else (
            [params[key], value] if key in params else value)
    back = share_links.prefill(spec_id, params)
    assert back["messages"] == []
    defaults = spec.defaults()
    expected = {k: v for k, v in spec.example.items() if v and v != defaults.get(k)}
    assert {k: v for k, v in back["values"].items() if v} == expected


def test_hostile_links_are_checked_field_by_field():
    found = share_links.prefill("interview-thank-you", {
        "your_name": "<script>alert(1)</script>",
        "role": "x" * 100_000,
        "tone": "shouty",
        "interview_date": "2026-02-30",
        "onload": "1",
        "__proto__": "x",
    })
    assert found["values"] == {"your_name": "<script>alert(1)</script>"}
    text = " ".join(found["messages"])
    assert "too long (100,000 characters" in text
    assert "not one of the choices" in text and "not a real date" in text
    assert "2 answers in the link did not match" in text


def test_opening_a_link_gives_its_answers_and_the_letter_for_the_form_with_them_in():
    spec = generators.get_spec("interview-thank-you")
    form = {**spec.defaults(), "your_name": "Ana Souza", "organization": "Typed Before"}
    params = {"organization": "Acme & Sons", "role": "Data Analyst", "tone": "shouty"}
    today = spec.example_today.isoformat()
    opened = json.loads(call("open_link", json.dumps({
        "writer": spec.id, "params": params, "values": form, "today": today,
    })))
    found = share_links.prefill(spec.id, params)
    assert (opened["values"], opened["messages"]) == (found["values"], found["messages"])
    assert opened["answers"] == {**form, "organization": "Acme & Sons", "role": "Data Analyst"}
    rendered = json.loads(call("render", json.dumps({"writer": spec.id, "values": opened["answers"], "today": today})))
    assert opened["result"] == rendered
    assert "Acme & Sons" in opened["result"]["letters"][0]["body"]
