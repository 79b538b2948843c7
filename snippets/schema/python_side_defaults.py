from sqlalchemy.orm import Mapped, Session, mapped_column
from schema_setup import Base, create_table, engine


@create_table  # no DEFAULT clause: the database knows nothing
class Astronaut(Base):
    ship: Mapped[str] = mapped_column(default="Hermes")  # or insert_default


engine.echo = True
with Session(engine) as session, session.begin():
    session.add(Astronaut())  # SQLAlchemy puts "Hermes" in the INSERT
