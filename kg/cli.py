"""The ``kg`` command line: a thin skin over the library.

The commands live in ``kg.commands``, a module per group, each registering its commands on the one
app of ``kg.commands.common`` when imported; this module imports them all, in the order ``kg -h``
lists them.

Exit codes: 0 done; 1 a user's mistake (bad option, missing graph, unloadable model);
2 bad usage (typer); 3 done, but some inputs were skipped (each named on stderr).
"""

from __future__ import annotations

from kg.commands import analysis, core, interchange, network, quality, rdf, serving
from kg.commands.common import EXIT_SKIPPED, EXIT_USER_ERROR, app

__all__ = [
    "EXIT_SKIPPED",
    "EXIT_USER_ERROR",
    "analysis",
    "app",
    "core",
    "interchange",
    "network",
    "quality",
    "rdf",
    "serving",
]
