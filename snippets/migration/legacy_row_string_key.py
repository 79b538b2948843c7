# raises: TypeError
from sqlalchemy import select
from migration_setup import Ship, engine

with engine.connect() as conn:
    row = conn.execute(select(Ship.id, Ship.name).where(Ship.id == 1)).one()
    row["name"]  # type: ignore[call-overload]  # 1.x only: a Row is a tuple
