# warns: MovedIn20Warning
from sqlalchemy.ext.declarative import declarative_base

Base = declarative_base()  # the 1.x import path still works, but warns
