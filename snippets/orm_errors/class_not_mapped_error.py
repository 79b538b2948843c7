# raises: UnmappedInstanceError
from dataclasses import dataclass

from orm_errors_setup import Session


@dataclass
class AstronautIn:  # a request body, say: not the mapped class
    name: str


with Session() as session:
    session.add(AstronautIn(name="Alex Vogel"))  # Astronaut(name=...) is mapped
