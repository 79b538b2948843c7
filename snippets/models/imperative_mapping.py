from sqlalchemy import Column, Integer, Table, select
from sqlalchemy.orm import registry


class Ship: ...  # a plain class: no base class, no Mapped[]


reg = registry()
table = Table("ship", reg.metadata, Column("id", Integer, primary_key=True))
reg.map_imperatively(Ship, table)
print(select(Ship))  # an entity now, like a declarative class
