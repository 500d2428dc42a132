"""Groups of ``kg`` commands beyond build/events/who-met, each a module that registers its
commands on ``kg.cli.app`` when imported (``kg.cli`` imports them all at its end)."""

__all__ = ["analysis", "interchange", "network", "quality", "rdf", "serving"]
