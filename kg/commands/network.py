"""kg commands: network (registered on kg.cli.app on import)."""

from __future__ import annotations
