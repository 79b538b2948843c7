from sqlalchemy.orm import Mapped, MappedAsDataclass, mapped_column
from models_setup import Base


class Astronaut(MappedAsDataclass, Base):  # or mix it into the Base itself
    id: Mapped[int] = mapped_column(primary_key=True, init=False)
    name: Mapped[str]


beck = Astronaut("Beck")  # generated __init__, __repr__ and __eq__:
print(beck, beck == Astronaut(name="Beck"))
