"""Every sentence is our own: the shared originality check reports nothing."""

import subprocess

from support.paths import ROOT

CHECK = ROOT.parent / "shared" / "tools" / "originality-check"


def test_no_passage_repeats_a_source_article():
    assert CHECK.exists(), f"{CHECK} is missing: the project expects shared/ beside it"
    done = subprocess.run([str(CHECK), str(ROOT)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 passage" in done.stdout
