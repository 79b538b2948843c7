import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from sqlalchemy import ForeignKey, select
from sqlalchemy.ext.asyncio import AsyncAttrs, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(AsyncAttrs, DeclarativeBase):  # AsyncAttrs adds .awaitable_attrs
    pass


class Mission(Base):
    __tablename__ = "mission"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    mission_id: Mapped[int] = mapped_column(ForeignKey("mission.id"))
    mission: Mapped[Mission] = relationship()  # lazy: a SELECT on first access

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


engine = create_async_engine(os.environ.get("DATABASE_URL", "sqlite+aiosqlite://"))
Session = async_sessionmaker(engine)
crew = select(Astronaut).order_by(Astronaut.id)  # all astronauts, in order


@asynccontextmanager
async def database() -> AsyncIterator[None]:  # most examples run inside it
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    async with Session.begin() as session:  # commits when the block ends
        ares3, ares4 = Mission(name="Ares III"), Mission(name="Ares IV")
        session.add(Astronaut(name="Lewis", mission=ares3))
        session.add(Astronaut(name="Watney", mission=ares3))
        session.add(Astronaut(name="Johansen", mission=ares4))
    engine.echo = True  # the examples show the SQL they send
    yield
    await engine.dispose()  # close the connection while the loop still runs
