import enum
import os
import uuid
from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any

from sqlalchemy import ForeignKey, create_engine, func
from sqlalchemy.ext.mutable import MutableDict
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship
from sqlalchemy.schema import CreateTable
from sqlalchemy.types import JSON, DateTime, Enum, Numeric, String, Text

intpk = Annotated[int, mapped_column(primary_key=True)]
str50 = Annotated[str, mapped_column(String(50))]
money = Annotated[Decimal, "money"]  # a key of the type_annotation_map below
tracked_json = MutableDict.as_mutable(JSON)  # reports in-place changes


class Base(DeclarativeBase):
    type_annotation_map = {money: Numeric(10, 2)}


class Role(enum.Enum):
    BOTANIST = "botanist"


class Mission(Base):
    __tablename__ = "mission"
    id: Mapped[intpk]
    budget: Mapped[money]
    code: Mapped[uuid.UUID | None]  # these need no type argument
    fuel: Mapped[Decimal | None]
    speed: Mapped[float | None]
    patch: Mapped[bytes | None]
    launch: Mapped[datetime | None]
    log: Mapped[str | None] = mapped_column(Text)
    crew: Mapped[list["Crew"]] = relationship()


class Crew(Base):
    __tablename__ = "crew"
    id: Mapped[intpk]
    name: Mapped[str50] = mapped_column(unique=True)
    mission_id: Mapped[int | None] = mapped_column(ForeignKey("mission.id"))
    role: Mapped[Role | None]  # Enum(Role): stores the name
    role_value: Mapped[Role | None] = mapped_column(  # own name: PostgreSQL ENUM type
        Enum(Role, name="role_value", values_callable=lambda e: [m.value for m in e])
    )
    suit: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    kit: Mapped[dict[str, int]] = mapped_column(tracked_json, default=dict)
    created_at: Mapped[datetime] = mapped_column(  # aware: TIMESTAMP WITH TIME ZONE
        DateTime(timezone=True), server_default=func.now()
    )
    updated_at: Mapped[datetime | None] = mapped_column(onupdate=func.now())


engine = create_engine(os.environ.get("DATABASE_URL", "sqlite://"))
Base.metadata.create_all(engine)
with Session(engine) as session:
    b = Role.BOTANIST
    watney = Crew(name="Mark Watney", role=b, role_value=b)
    watney.suit, watney.kit = {"o2": 100}, {"o2": 100}
    session.add(Mission(budget=10, crew=[watney]))
    session.commit()
engine.echo = True  # most examples below show the SQL they send


def ddl(model: Any) -> None:
    print(str(CreateTable(model.__table__).compile(engine)).strip())
