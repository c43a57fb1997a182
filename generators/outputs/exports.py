"""What a reader can take away from a letter: plain text, a Word file, an
email link. Standard library only, so it runs in Pyodide beside the letters.

Why our own .docx writer: python-docx needs lxml, which has no Pyodide build
here, and a letter needs only paragraphs and line breaks. The tests open
every file this writes with python-docx.
"""

from __future__ import annotations

import io
import re
import zipfile
from urllib.parse import quote

from ..core.spec import Letter

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# Longer mailto: links are cut or refused by some mail apps and browsers;
# past this the page offers copy instead.
MAILTO_LIMIT = 1800
# XML 1.0 cannot hold these; hygiene already removes them from answers.
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
ZIP_TIME = (2026, 1, 1, 0, 0, 0)  # fixed, so the same letter gives the same file


def payload(letter: Letter) -> dict:
    """A letter as the page uses it: its parts, plus the text that "Copy all"
    and the .txt file hold, and its email link ("" when too long)."""
    # No email link for a script or a posted letter, nor for a reply that
    # belongs on an existing thread (an email with no subject of its own).
    wants_link = letter.layout == "email" and bool(letter.subject)
    return {**letter.as_dict(), "text": to_text(letter), "mailto": mailto_url(letter) if wants_link else ""}


def to_text(letter: Letter) -> str:
    if letter.subject:
        return f"Subject: {letter.subject}\n\n{letter.body}"
    return letter.body


def file_name(letter: Letter, extension: str) -> str:
    """A readable, safe file name from the subject or heading."""
    title = letter.subject or letter.heading or "letter"
    words = re.findall(r"[^\W_]+", title, flags=re.UNICODE)[:8]
    stem = "-".join(words).lower() or "letter"
    return f"{stem[:60].rstrip('-')}.{extension}"


def mailto_url(letter: Letter) -> str:
    """An email link with subject and body, or "" when too long to be reliable."""
    url = "mailto:?subject=" + quote(letter.subject, safe="") + "&body=" + quote(letter.body.replace("\n", "\r\n"), safe="")
    return url if len(url) <= MAILTO_LIMIT else ""


def xml_text(text: str) -> str:
    """&, < and > as XML entities: what xml.sax.saxutils.escape does, without
    the import, which brings urllib.request, http.client and the email
    package along (measured under Pyodide in Node: importing the browser's
    entry module took 1143 ms with it, 772 ms without)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _paragraph(text: str, bold: bool = False) -> str:
    runs = []
    for index, line in enumerate(text.split("\n")):
        if index:
            runs.append("<w:r><w:br/></w:r>")
        if line:
            props = "<w:rPr><w:b/></w:rPr>" if bold else ""
            runs.append(f'<w:r>{props}<w:t xml:space="preserve">{xml_text(XML_INVALID.sub("", line))}</w:t></w:r>')
    return f"<w:p>{''.join(runs)}</w:p>"


def _document_xml(letter: Letter) -> str:
    paragraphs = []
    if letter.subject:
        paragraphs.append(_paragraph(f"Subject: {letter.subject}", bold=True))
    # A blank line ends a paragraph; a single line break stays inside one
    # (an address, a sign-off). Runs of blank lines (room to sign) are kept
    # as empty paragraphs.
    for block in re.split(r"\n\n", letter.body.rstrip("\n")):
        paragraphs.append(_paragraph(block))
    body = "".join(paragraphs)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}<w:sectPr/></w:body></w:document>"
    )


CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/>'
    "</Relationships>"
)


def to_docx(letter: Letter) -> bytes:
    """A minimal Word document: one paragraph per paragraph of the letter."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in (
            ("[Content_Types].xml", CONTENT_TYPES),
            ("_rels/.rels", PACKAGE_RELS),
            ("word/document.xml", _document_xml(letter)),
        ):
            archive.writestr(zipfile.ZipInfo(name, ZIP_TIME), text.encode("utf-8"), zipfile.ZIP_DEFLATED)
    return buffer.getvalue()
