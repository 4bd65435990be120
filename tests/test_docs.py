"""The README documents every command and every option of the CLI (as sqlite-utils' docs test)."""
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
