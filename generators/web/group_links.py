"""Links for a group: one personal link per client, from a sheet.

A counselor downloads a template for a letter writer (a column per question,
named as links name it, and a ``client`` column for their own label of the
row), fills one row per client, and opens or pastes it on the Make a link
page. Every cell is checked with the rule a link's answers meet
(``share_links.check_answer``): a bad cell is left out with a message naming
its row and column, and the rest of the row still makes its link. The page
reads the file itself and this module runs in the browser, so nothing about
the clients leaves the counselor's device. The client column is never put in
a link.
"""

from __future__ import annotations

import csv
import io
import re

from .. import get_spec
from ..core.spec import Field, Group, clean_text
from . import share_links

CLIENT = "client"
CLIENT_FIELD = Field(name=CLIENT, label="Client", max_length=80)
# Rows whose client cell starts with this are notes for the counselor, like
# the template's row of questions; they make no link. (With the space, so a
# label such as "#1 Ana" is still a client.)
NOTE = "# "
MAX_CLIENTS = 500
# About 2 MB: far more than 500 rows of answers need.
MAX_CHARACTERS = 2_000_000
DELIMITERS = (",", ";", "\t")  # a comma, a European spreadsheet's semicolon, cells pasted from a sheet
# Several choices in one cell, as people list them.
CHOICE_SEPARATORS = re.compile(r"[;,\n]")
# OWASP: a cell that starts with one of these is read as a formula by a
# spreadsheet, so what we write gets a leading apostrophe.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_TYPE = "text/csv;charset=utf-8"
# Spreadsheets read a file as UTF-8 when it starts with a byte order mark.
BOM = "\ufeff"


def safe_cell(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def to_csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for row in rows:
        writer.writerow([safe_cell(str(cell)) for cell in row])
    return BOM + out.getvalue()


def _questions(writer: str) -> list[tuple[str, str, Field]]:
    """(column, label, field) for every question of the writer, in form order,
    and last the bundle's column where the writer has a next step."""
    out = []
    for item in get_spec(writer).items:
        if isinstance(item, Group):
            for row in range(1, item.max_items + 1):
                out.extend((item.key(row, f.name), f"{item.item_label} {row}: {f.title}", f) for f in item.fields)
        else:
            out.append((item.name, item.label, item))
    step = share_links.next_step_field(writer)
    if step:
        out.append((step.name, step.label, step))
    return out


def _how_to_answer(f: Field) -> str:
    values = ", ".join(c.value for c in f.choices if c.value)
    if f.kind == "checkboxes" and len(f.choices) == 1:
        return f"{values}, or leave it empty"
    if f.kind == "checkboxes":
        return f"any of: {values} (separate them with ;)"
    if f.choices:
        return f"one of: {values}"
    if f.kind == "date":
        return "a date written year-month-day, like 2026-03-12"
    return f"up to {f.max_length} characters"


def template(writer: str) -> dict:
    """The sheet to fill in: a row of column names, then two rows of notes
    (each question, and how to answer it) that make no link."""
    questions = _questions(writer)
    rows = [
        [CLIENT] + [column for column, _, _ in questions],
        [f"{NOTE}Question", *(label for _, label, _ in questions)],
        [f"{NOTE}How to answer", *(_how_to_answer(f) for _, _, f in questions)],
    ]
    return {"name": f"{writer}-clients.csv", "type": CSV_TYPE, "text": to_csv(rows)}


def _delimiter(first_line: str, known: set[str]) -> str:
    """The separator under which the first row names the most columns we know."""
    def score(delimiter: str) -> tuple[int, int]:
        cells = next(csv.reader([first_line], delimiter=delimiter), [])
        return sum(cell.strip().lower() in known for cell in cells), len(cells)
    return max(DELIMITERS, key=score)


def _message(text: str, row: int = 0, column: str = "") -> dict:
    return {"row": row, "column": column, "text": text}


def _refused(text: str) -> dict:
    return {"links": [], "messages": [], "problem": text, "csv": None}


def group_links(writer: str, text: str, page_url: str) -> dict:
    """A link for each client row of a sheet, and what was left out, where.
    (The page asks for each link's QR code on its own, ``share_links.qr_svg``,
    so the first links show while the rest are drawn.)

    ``problem`` is set when nothing could be read at all; otherwise every
    usable row gives a link and each message names its row (as the
    spreadsheet numbers it, the column names being row 1) and its column.
    """
    if len(text) > MAX_CHARACTERS:
        return _refused(f"This sheet is too big ({len(text):,} characters; the most is {MAX_CHARACTERS:,}). "
                        f"Split it into smaller sheets of at most {MAX_CLIENTS} clients.")
    text = text.removeprefix(BOM)
    if not text.strip():
        return _refused("The sheet is empty. Download the sheet for this letter writer, and put one client on each row.")
    questions = {column: f for column, _, f in _questions(writer)}
    title = get_spec(writer).title
    delimiter = _delimiter(text.lstrip("\r\n").splitlines()[0], set(questions) | {CLIENT})
    reader = csv.reader(io.StringIO(text.lstrip("\r\n"), newline=""), delimiter=delimiter)
    header = [cell.strip().lower() for cell in next(reader)]
    columns, messages = _columns(header, questions, title)
    if not any(name in questions for name in columns):
        return _refused(f"The first row must name the questions, and none of its columns is "
                        f"a question of “{title}”. Download the sheet for this letter writer and start from it.")
    if CLIENT not in columns:
        messages.append(_message("There is no client column, so each client is named by their row."))

    links: list[dict] = []
    unnamed: set[int] = set()
    row = 1  # the column names
    clients = 0  # rows read as clients, with a link or not
    try:
        for row, cells in enumerate(reader, start=2):
            cells = [cell.strip() for cell in cells]
            if not any(cells):
                continue  # a blank row between clients, or at the end of an export
            label = cells[columns.index(CLIENT)] if CLIENT in columns and columns.index(CLIENT) < len(cells) else ""
            if label.startswith(NOTE):
                continue
            clients += 1
            if len(links) == MAX_CLIENTS:
                messages.append(_message(f"The sheet has more than {MAX_CLIENTS} clients. Links were made for the "
                                         f"first {MAX_CLIENTS}, up to row {row - 1}; put the rest in another sheet.",
                                         row))
                break
            if any(cells[len(columns):]):
                messages.append(_message(f"Row {row} has more cells than the first row names, "
                                         "so the extra cells were left out.", row))
            label = _client_label(label, row, messages)
            values = {}
            for position, (name, cell) in enumerate(zip(columns, cells)):
                if cell and not name and not header[position]:
                    unnamed.add(position + 1)
                if cell and name in questions:
                    value = _answer(name, questions[name], cell, row, messages)
                    if value is not None:
                        values[name] = value
            made = share_links.link(writer, values, page_url)
            if not made["count"]:
                messages.append(_message(f"Row {row} has no answer to put in a link (its cells are empty, left out, "
                                         "or what the form starts with anyway), so it has no link.", row))
                continue
            links.append({"row": row, "client": label, "url": made["url"], "count": made["count"]})
    except csv.Error as error:
        messages.append(_message(f"Row {row + 1} could not be read ({error}), so the sheet was read only up to "
                                 f"row {row}.", row + 1))
    if not clients and not any(m["row"] > 1 for m in messages):
        return _refused("The sheet has no clients yet. Put one client on each row, under the row of column names.")
    for position in sorted(unnamed):
        messages.append(_message(f"Column {position} has answers but no name in the first row, "
                                 "so it was left out.", 1))
    messages.sort(key=lambda m: m["row"])
    sheet = to_csv([[CLIENT, "link"], *([item["client"], item["url"]] for item in links)])
    return {
        "links": links,
        "messages": messages,
        "problem": "",
        "csv": {"name": f"{writer}-links.csv", "type": CSV_TYPE, "text": sheet},
    }


def _columns(header: list[str], questions: dict, title: str) -> tuple[list[str], list[dict]]:
    """What each column holds (a question, CLIENT, or "" for one left out),
    and a message for each column left out by name."""
    columns: list[str] = []
    messages: list[dict] = []
    for position, name in enumerate(header, start=1):
        if name in columns:
            messages.append(_message(f"Column {position} repeats the column {name}, so it was left out.", 1, name))
            name = ""
        elif name and name != CLIENT and name not in questions:
            messages.append(_message(
                f"Column {position}, {name[:40]}, is not a question of “{title}”, so it was left out.", 1, name[:40]))
            name = ""
        columns.append(name)
    return columns, messages


def _answer(column: str, f: Field, cell: str, row: int, messages: list[dict]):
    """One cell, checked as a link's answer is; None when it is left out."""
    items = [item.strip() for item in CHOICE_SEPARATORS.split(cell) if item.strip()] \
        if f.kind == "checkboxes" else [cell]
    value, problem = share_links.check_answer(f, items)
    if problem:
        messages.append(_message(f"Row {row}, column {column}: the answer {problem}.", row, column))
    return value


def _client_label(raw: str, row: int, messages: list[dict]) -> str:
    """The counselor's own name for the row, cleaned like any answer; the
    row's number when there is none."""
    label, _ = clean_text(raw, CLIENT_FIELD)
    label, problem = share_links.check_answer(CLIENT_FIELD, [label])
    if problem:
        messages.append(_message(f"Row {row}, column {CLIENT}: the answer {problem}.", row, CLIENT))
    return label or f"Client on row {row}"
