from sqlalchemy.orm import Mapped, Session, mapped_column
from schema_setup import Base, create_table, engine


@create_table
class Astronaut(Base):
    ship: Mapped[str] = mapped_column(server_default="Hermes")


engine.echo = True
with Session(engine) as session, session.begin():
    session.add(Astronaut())  # ship left out; RETURNING fetches it
