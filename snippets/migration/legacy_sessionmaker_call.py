from migration_setup import Astronaut, Session

session = Session()  # commit, rollback and close are all up to you
print(session.get(Astronaut, 1))
session.close()  # and skipped if anything above raises
