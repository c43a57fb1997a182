"""The command line runs the same generators as the site."""

from __future__ import annotations

import json
import subprocess
import sys

from generators.__main__ import main

from support.paths import ROOT


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "generators", *args], cwd=ROOT, capture_output=True, text=True, input=stdin)


def test_list_prints_every_id():
    import generators

    out = run("list").stdout
    for spec_id in generators.SPECS:
        assert spec_id in out


def test_help_lists_the_fields():
    out = run("interview-thank-you", "--help").stdout
    assert "--your-name" in out and "--interviewers-2-topic" in out and "--tone {formal,warm}" in out


def test_flags_print_the_letter(capsys):
    code = main([
        "interview-thank-you", "--example", "--today", "2026-03-13",
        "--your-name", "Ana Souza", "--tone", "warm",
    ])
    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith("Subject: Thank you for the Data Analyst interview on March 12\n\nHi Dana,")
    assert "Ana Souza" in out


def test_json_file_and_stdin(tmp_path):
    answers = {
        "your_name": "Ana", "organization": "Acme", "role": "Clerk", "interview_date": "2026-03-12",
        "interview_kind": "phone", "interviewers": [{"name": "Bo Li", "topic": "filing"}],
    }
    path = tmp_path / "a.json"
    path.write_text(json.dumps(answers))
    by_file = run("interview-thank-you", "--json", str(path), "--today", "2026-03-13")
    by_stdin = run("interview-thank-you", "--json", "-", "--today", "2026-03-13", stdin=json.dumps(answers))
    assert by_file.returncode == 0 and by_file.stdout == by_stdin.stdout
    assert "Dear Bo Li," in by_file.stdout


def test_errors_go_to_stderr_with_exit_code_2():
    done = run("interview-thank-you", "--your-name", "Ana")
    assert done.returncode == 2
    assert "--organization: Enter the organization you interviewed with" in done.stderr


def test_json_format():
    done = run("interview-thank-you", "--example", "--format", "json", "--today", "2026-03-13")
    data = json.loads(done.stdout)
    assert data["ok"] and data["letters"][0]["subject"].startswith("Thank you:")


def test_a_held_letter_prints_as_a_draft_with_its_holds_and_exit_code_3():
    done = run("feedback-request", "--example", "--today", "2026-03-24",
               "--question", "Why was I not selected, and what were my weaknesses?")
    assert done.returncode == 3
    assert done.stdout.startswith("===== DRAFT: not ready to send.")
    assert done.stdout.count("===== DRAFT") == 2
    assert "\nHold: This asks why you were turned down." in done.stdout
    assert "--question: held: This asks why you were turned down." in done.stderr
    data = json.loads(run("feedback-request", "--example", "--today", "2026-03-24", "--format", "json",
                          "--question", "Why was I not selected?").stdout)
    assert data["ok"] is True and data["sendable"] is False
    assert [m["level"] for m in data["advice"] if m["field"] == "question"] == ["hold"]


def test_a_ready_letter_is_sendable_and_not_marked():
    done = run("feedback-request", "--example", "--today", "2026-03-24")
    assert done.returncode == 0 and "DRAFT" not in done.stdout and "Hold:" not in done.stdout


def test_help_says_what_each_exit_code_means():
    out = run("feedback-request", "--help").stdout
    assert "exit status: 0" in out and "2 answers are missing" in out and "3 the letter is held" in out
