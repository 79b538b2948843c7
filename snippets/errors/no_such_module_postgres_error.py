# raises: NoSuchModuleError
from sqlalchemy import create_engine

create_engine("postgres://scott:tiger@localhost/test")  # no connection is made
