from sqlalchemy.orm import Mapped, Session
from mapping_tricks_setup import Base, engine


class LogEntry(Base):  # the table has no PRIMARY KEY; the mapper is told one
    __tablename__ = "log_entry"
    sol: Mapped[int]
    note: Mapped[str]
    __mapper_args__ = {"primary_key": ["sol", "note"]}  # attribute names or columns


Base.metadata.tables["log_entry"].create(engine)
with Session(engine) as session:
    session.add(LogEntry(sol=6, note="stranded"))
    session.commit()
    print(session.get_one(LogEntry, (6, "stranded")).sol)  # identity: (sol, note)
