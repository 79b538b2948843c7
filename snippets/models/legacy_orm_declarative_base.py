from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base
from models_setup import create_table

Base = declarative_base()  # no warning from sqlalchemy.orm, but untyped


@create_table
class Astronaut(Base):  # type: ignore[valid-type, misc]
    __tablename__ = "astronaut"
    id = Column(Integer, primary_key=True)
    name = Column(String)  # nullable unless told otherwise
