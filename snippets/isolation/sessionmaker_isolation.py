from sqlalchemy import create_engine
from sqlalchemy.orm import Session, sessionmaker

engine = create_engine("sqlite://")


def show(label: str, session: Session) -> None:
    conn = session.connection()
    option = conn.get_execution_options().get("isolation_level")
    print(f"{label:18} reports {conn.get_isolation_level()}, option {option}")


# Bind a sessionmaker to an engine copy that carries the level.
DirtySession = sessionmaker(
    engine.execution_options(isolation_level="READ UNCOMMITTED")
)
with DirtySession() as session:
    show("sessionmaker:", session)

# Or hand one Session such a bind directly.
with Session(bind=engine.execution_options(isolation_level="AUTOCOMMIT")) as session:
    show("Session(bind=...):", session)

with Session(engine) as session:
    show("plain Session:", session)
