# output: only ^(INSERT|\[generated\]|HERMES)
from typing import Any

from sqlalchemy import String, TypeDecorator, select
from sqlalchemy.orm import Mapped, Session, mapped_column
from mapping_setup import Base, engine, intpk


class Upper(TypeDecorator[str]):  # stores upper case, on top of VARCHAR
    impl = String
    cache_ok = True  # no state that changes the SQL: safe to cache

    def process_bind_param(self, value: str | None, dialect: Any) -> str | None:
        return value.upper() if value is not None else None


class Callsign(Base):
    __tablename__ = "callsign"
    id: Mapped[intpk]
    name: Mapped[str] = mapped_column(Upper(20))


Base.metadata.tables["callsign"].create(engine)
with Session(engine) as session:
    session.add(Callsign(name="hermes"))
    stmt = select(Callsign.name).where(Callsign.name == "hermes")  # converted too
    print(session.scalars(stmt).one())
