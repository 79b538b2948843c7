# raises: IntegrityError
from datetime import datetime

from sqlalchemy import Index, insert, text
from sqlalchemy.orm import Mapped
from schema_setup import Base, create_table, engine

live = text("deleted_at IS NULL")  # SQLite takes no bare string: text()


@create_table
class Astronaut(Base):
    __table_args__ = (
        Index(
            "ix_astronaut_live_name",
            "name",
            unique=True,
            postgresql_where=live,
            sqlite_where=live,
        ),
    )
    name: Mapped[str]
    deleted_at: Mapped[datetime | None]


with engine.begin() as conn:
    gone = datetime(2035, 11, 7)
    conn.execute(insert(Astronaut).values(name="Mark Watney", deleted_at=gone))
    conn.execute(insert(Astronaut).values(name="Mark Watney"))  # one live: fine
    conn.execute(insert(Astronaut).values(name="Mark Watney"))  # a second: no
