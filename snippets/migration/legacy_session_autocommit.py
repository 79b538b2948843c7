# raises: ArgumentError
from migration_setup import Session

Session(autocommit=True)  # 1.x: a session with no transaction until begin()
