from datetime import datetime, timedelta, timezone

from sqlalchemy import DateTime, select
from sqlalchemy.orm import Mapped, Session, mapped_column
from mapping_setup import Base, engine, intpk


class Landing(Base):
    __tablename__ = "landing"
    id: Mapped[intpk]
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


engine.echo = False
Base.metadata.tables["landing"].create(engine)
houston = timezone(timedelta(hours=-5))
with Session(engine) as session:
    session.add(Landing(at=datetime(2035, 11, 7, 9, 30, tzinfo=houston)))
    session.commit()
    print(repr(session.scalars(select(Landing.at)).one()))
