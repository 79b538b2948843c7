# raises: ArgumentError
from sqlalchemy import select
from errors_setup import Astronaut

select([Astronaut.name])  # type: ignore[call-overload]  # 1.x took a list
