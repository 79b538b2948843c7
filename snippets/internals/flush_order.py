from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship
from internals_setup import Astronaut, Base, engine


class Log(Base):
    __tablename__ = "log"
    id: Mapped[int] = mapped_column(primary_key=True)
    astronaut_id: Mapped[int] = mapped_column(ForeignKey("astronaut.id"))
    astronaut: Mapped[Astronaut] = relationship()


engine.echo = False
Base.metadata.create_all(engine)  # adds the log table
engine.echo = True
with Session(engine) as session:
    log = Log(astronaut=Astronaut(name="Kelly Kapoor"))
    session.add_all([log, log.astronaut])  # the child first, on purpose
    session.flush()  # the parent's INSERT first: the child needs its id
    session.delete(log.astronaut)  # the parent first, on purpose
    session.delete(log)
    session.flush()  # the child's DELETE first
