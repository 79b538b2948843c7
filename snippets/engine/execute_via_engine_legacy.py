from sqlalchemy import Column, Integer, MetaData, Table, create_engine, select
from sqlalchemy.exc import ArgumentError

engine = create_engine("sqlite://")
try:
    metadata = MetaData(bind=engine)  # type: ignore[call-arg]
except TypeError as err:
    print(f"TypeError: {err}")
metadata = MetaData()
crew = Table("crew", metadata, Column("id", Integer, primary_key=True))
metadata.create_all(engine)

try:
    engine.execute(crew.select())  # type: ignore[attr-defined]
except AttributeError as err:
    print(f"AttributeError: {err}")

try:
    select([crew.c.id])  # type: ignore[call-overload]
except ArgumentError as err:
    print(f"ArgumentError: {err}")
