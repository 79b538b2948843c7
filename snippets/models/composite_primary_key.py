from sqlalchemy.orm import Mapped, Session, mapped_column
from models_setup import Base, create_table, engine


@create_table
class Route(Base):  # the base's id plus a version: PRIMARY KEY (id, version)
    version: Mapped[int] = mapped_column(primary_key=True)
    via: Mapped[str]


with Session(engine) as session:
    session.add(Route(id=1, version=1, via="Iris"))
    session.add(Route(id=1, version=2, via="Rich Purnell"))
    session.commit()
    print(session.get(Route, (1, 2)).via)  # type: ignore[union-attr]  # (id, version)
    print(session.get(Route, {"id": 1, "version": 1}).via)  # type: ignore[union-attr]
