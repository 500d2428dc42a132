"""kg commands: interchange (registered on kg.cli.app on import)."""

from __future__ import annotations
