# raises: ArgumentError
from sqlalchemy import select
from orm_errors_setup import Astronaut

select([Astronaut.name])  # type: ignore[call-overload]  # 1.x took a list
