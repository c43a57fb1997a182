"""Build-time macros for mkdocs-macros: kept thin on purpose.

Pages call ``letter_writer("interview-thank-you")``; everything the macro
knows comes from the generator's spec, so no page hand-writes a form. The
HTML lives in ``forms.py`` and its template, which depend on Jinja2 alone,
so a move away from Material or mkdocs-macros only has to re-register it.
"""

from . import bundles  # noqa: F401  (the templates' next_step)
from .forms import letter_writer, link_maker
from .group_links import group_links
from .journal import journal
from .letters_index import letters_index
from .timeline import guide_timeline


def define_env(env):
    env.macro(letter_writer)
    env.macro(link_maker)
    env.macro(journal)
    env.macro(group_links)
    # The navigation gives the order of the writers within each stage.
    env.macro(lambda: letters_index(env.conf["nav"]), "letters_index")
    env.macro(lambda: guide_timeline(env.page.file.src_uri), "guide_timeline")
