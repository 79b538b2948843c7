from sqlalchemy.orm import Session, sessionmaker
from isolation_setup import engine

dirty_reads = engine.execution_options(isolation_level="READ UNCOMMITTED")
DirtySession = sessionmaker(dirty_reads)
with DirtySession() as session:
    print("sessionmaker:", session.connection().get_isolation_level())
with Session(bind=dirty_reads) as session:  # or one Session with that bind
    print("Session(bind=...):", session.connection().get_isolation_level())
