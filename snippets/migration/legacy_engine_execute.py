# raises: AttributeError
from migration_setup import engine

engine.execute("SELECT name FROM ship")  # type: ignore[attr-defined]
