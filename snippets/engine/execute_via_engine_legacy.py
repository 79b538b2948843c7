# raises: ArgumentError
from sqlalchemy import MetaData, select
from engine_setup import crew, engine

try:
    MetaData(bind=engine)  # type: ignore[call-arg]
except TypeError as err:
    print(f"TypeError: {err}")
try:
    engine.execute(crew.select())  # type: ignore[attr-defined]
except AttributeError as err:
    print(f"AttributeError: {err}")
select([crew.c.id])  # type: ignore[call-overload]
