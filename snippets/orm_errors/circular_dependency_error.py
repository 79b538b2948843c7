from sqlalchemy import ForeignKey
from sqlalchemy.exc import CircularDependencyError
from sqlalchemy.orm import Mapped, mapped_column, relationship
from orm_errors_setup import Base, Session


class Crew(Base):
    __tablename__ = "crew"
    id: Mapped[int] = mapped_column(primary_key=True)
    buddy_id: Mapped[int | None] = mapped_column(ForeignKey("crew.id"))
    buddy: Mapped["Crew | None"] = relationship(remote_side=id)  # post_update=True


with Session() as session:
    lewis, watney = Crew(), Crew()
    lewis.buddy, watney.buddy = watney, lewis  # each INSERT needs the other's id
    session.add_all([lewis, watney])
    try:
        session.flush()
    except CircularDependencyError as error:  # the cycle it lists: no fixed order
        print(f"{type(error).__name__}: {str(error).split(' (')[0]}")
