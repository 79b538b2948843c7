from sqlalchemy import ForeignKey, delete, insert, select
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship
from bulk_setup import Astronaut, Base, engine


class Log(Base):
    __tablename__ = "log"
    id: Mapped[int] = mapped_column(primary_key=True)
    astronaut_id = mapped_column(ForeignKey("astronaut.id", ondelete="CASCADE"))
    astronaut: Mapped[Astronaut] = relationship()


engine.echo = False  # the new table, and a log for each astronaut
with engine.begin() as conn:
    Base.metadata.create_all(conn)
    conn.execute(insert(Log), [{"astronaut_id": i} for i in (1, 2)])
engine.echo = True
with Session(engine) as session:
    session.execute(delete(Astronaut).where(Astronaut.id == 2))
    print("left:", session.scalars(select(Log.astronaut_id)).all())
