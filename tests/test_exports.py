"""Copy, email and file exports: the same functions the page calls."""

from __future__ import annotations

import base64
import io
import json
import zipfile
from urllib.parse import parse_qs, urlparse

import docx
import pytest

import generators
from generators.outputs import exports
from generators.web.browser import call
from generators.core.spec import Letter

LETTER = Letter(
    subject="Thank you: Data Analyst interview on March 12",
    body="Dear Dana Lee,\n\nThank you & <welcome> \"quotes\".\n\nSincerely,\nZoë 山田\n",
    heading="To Dana Lee",
)


def test_text_is_subject_then_body():
    assert exports.to_text(LETTER) == "Subject: Thank you: Data Analyst interview on March 12\n\n" + LETTER.body
    script = Letter(subject="", body="Hello.\n", layout="script")
    assert exports.to_text(script) == "Hello.\n"


def test_docx_opens_in_python_docx_with_every_paragraph():
    document = docx.Document(io.BytesIO(exports.to_docx(LETTER)))
    assert [p.text for p in document.paragraphs] == [
        "Subject: Thank you: Data Analyst interview on March 12",
        "Dear Dana Lee,",
        'Thank you & <welcome> "quotes".',
        "Sincerely,\nZoë 山田",
    ]
    assert document.paragraphs[0].runs[0].bold


def test_docx_is_reproducible_and_a_valid_package():
    data = exports.to_docx(LETTER)
    assert data == exports.to_docx(LETTER)
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert names == ["[Content_Types].xml", "_rels/.rels", "word/document.xml"]


@pytest.mark.parametrize("spec_id", sorted(generators.SPECS))
def test_every_sample_letter_round_trips_through_docx(spec_id):
    for letter in generators.sample(spec_id).letters:
        document = docx.Document(io.BytesIO(exports.to_docx(letter)))
        text = "\n\n".join(p.text for p in document.paragraphs)
        assert exports.to_text(letter).rstrip("\n") == text.rstrip("\n")


def test_mailto_carries_subject_and_body():
    url = exports.mailto_url(LETTER)
    query = parse_qs(urlparse(url).query)
    assert url.startswith("mailto:?")
    assert query["subject"] == [LETTER.subject]
    assert query["body"] == [LETTER.body.replace("\n", "\r\n")]


def test_mailto_refuses_a_letter_too_long_to_be_reliable():
    long = Letter(subject="s", body="word " * 600)
    assert exports.mailto_url(long) == ""
    payload = exports.payload(long)
    assert payload["mailto"] == "" and payload["text"].startswith("Subject: s")


def test_scripts_and_paper_letters_have_no_email_link():
    assert exports.payload(Letter(subject="", body="Hi.\n", layout="script"))["mailto"] == ""


@pytest.mark.parametrize("title, name", [
    ("Thank you: Data Analyst interview on March 12", "thank-you-data-analyst-interview-on-march-12.txt"),
    ("../../etc/passwd", "etc-passwd.txt"),
    ("", "letter.txt"),
    ("Zoë's «café» ✨", "zoë-s-café.txt"),
])
def test_file_names_are_readable_and_safe(title, name):
    assert exports.file_name(Letter(subject=title, body="x\n"), "txt") == name


def test_browser_export_call_gives_base64_files():
    letter = exports.payload(LETTER)
    txt = json.loads(call("export", json.dumps({"letter": letter, "format": "txt"})))
    assert base64.b64decode(txt["base64"]).decode() == exports.to_text(LETTER)
    assert txt["name"].endswith(".txt") and txt["type"].startswith("text/plain")
    word = json.loads(call("export", json.dumps({"letter": letter, "format": "docx"})))
    assert base64.b64decode(word["base64"]) == exports.to_docx(LETTER)


def test_browser_refuses_unknown_calls():
    with pytest.raises(ValueError):
        call("__import__", "{}")
