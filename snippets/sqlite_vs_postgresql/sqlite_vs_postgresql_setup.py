import os
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, String, create_engine, insert
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Mission(Base):
    __tablename__ = "mission"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20), unique=True)
    role: Mapped[str] = mapped_column(String(20), default="crew")
    mission_id: Mapped[int | None] = mapped_column(ForeignKey("mission.id"))
    active: Mapped[bool] = mapped_column(default=True)
    launched: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    profile: Mapped[dict[str, Any] | None] = mapped_column(JSON)


engine = create_engine(os.environ.get("DATABASE_URL", "sqlite://"))
Base.metadata.create_all(engine)
with engine.begin() as conn:
    conn.execute(insert(Mission), [{"id": 1, "name": "Ares III"}])
    conn.execute(
        insert(Astronaut),
        [
            {"name": "Melissa Lewis", "role": "commander", "mission_id": 1},
            {"name": "Mark Watney", "role": "botanist", "mission_id": 1},
        ],
    )
