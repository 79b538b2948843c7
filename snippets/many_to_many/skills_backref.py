from sqlalchemy import Column, ForeignKey, Table, create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship


class Base(DeclarativeBase):
    pass


astronaut_skill = Table(
    "astronaut_skill",
    Base.metadata,
    Column("astronaut_id", ForeignKey("astronaut.id"), primary_key=True),
    Column("skill_id", ForeignKey("skill.id"), primary_key=True),
)


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    # backref= creates Skill.astronauts behind the scenes: invisible to readers
    # of the Skill class and to type checkers.
    skills: Mapped[list["Skill"]] = relationship(
        secondary=astronaut_skill, backref="astronauts"
    )

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


class Skill(Base):
    __tablename__ = "skill"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]

    def __repr__(self) -> str:
        return f"Skill(id={self.id}, name={self.name!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

with Session(engine) as session:
    botany = Skill(name="botany")
    watney = Astronaut(name="Mark Watney", skills=[botany])
    session.add(watney)
    session.commit()
    print(botany.astronauts)  # type: ignore[attr-defined]
