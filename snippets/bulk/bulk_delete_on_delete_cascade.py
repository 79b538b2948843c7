from sqlalchemy import ForeignKey, delete, insert, select
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship
from bulk_setup import Astronaut, Base, engine


class Log(Base):
    __tablename__ = "log"
    id: Mapped[int] = mapped_column(primary_key=True)
    astronaut_id = mapped_column(ForeignKey("astronaut.id", ondelete="CASCADE"))
    astronaut: Mapped[Astronaut] = relationship()  # bulk DML ignores relationships


engine.echo = False
with engine.begin() as conn:  # the new table and three logs
    Base.metadata.create_all(conn)
    conn.execute(insert(Log), [{"astronaut_id": i} for i in (1, 2, 2)])
engine.echo = True
with Session(engine) as session:
    session.execute(delete(Astronaut).where(Astronaut.id == 2))
    print("logs left for:", session.scalars(select(Log.astronaut_id)).all())
