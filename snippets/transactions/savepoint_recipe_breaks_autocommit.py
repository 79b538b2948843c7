# sqlite only: SQLite's SAVEPOINT recipe
# raises: OperationalError
from sqlalchemy import text
from transactions_setup import engine

with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
    c.execute(text("VACUUM"))  # the recipe's "begin" listener sent BEGIN
