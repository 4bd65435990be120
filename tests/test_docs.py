"""The README documents every command and every option of the CLI (as sqlite-utils' docs test)."""
import doctest
import re
from pathlib import Path

import click
import pytest

from quotegraph.cli import main

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_and_option_is_in_the_readme(name):
    command = main.commands[name]
    assert f"quotegraph {name}" in README, f"'quotegraph {name}' is not in README.md"
    for param in command.params:
        if isinstance(param, click.Option):
            longest = max(param.opts, key=len)
            assert longest in README, f"{name} {longest} is not in README.md"


PYCON = re.findall(r"```pycon\n(.*?)```", README, re.DOTALL)


@pytest.mark.parametrize("block", PYCON, ids=lambda b: b.splitlines()[0][:40])
def test_the_readme_python_sessions_run_as_shown(block):
    """Every ``pycon`` block of the README is a doctest: its output is what the code prints."""
    test = doctest.DocTestParser().get_doctest(block, {}, "README.md", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert runner.failures == 0, "a README example printed something else (see the report above)"


def test_the_readme_has_python_sessions():
    assert len(PYCON) >= 2
