# raises: AttributeError
from sqlalchemy import create_engine, text

engine = create_engine("sqlite://")

# 1.x "connectionless" execution: the method no longer exists on Engine
engine.execute(text("CREATE TABLE ship (name TEXT)"))  # type: ignore[attr-defined]
