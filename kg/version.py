"""kg's version: one place, read by the package, its build records and pyproject.toml."""

__version__ = "0.1.0"
