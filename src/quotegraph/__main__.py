"""``python -m quotegraph``: the same as the ``quotegraph`` command."""
from quotegraph.cli import main

main(prog_name="quotegraph")
