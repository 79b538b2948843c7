# raises: ArgumentError
from sqlalchemy import select
from migration_setup import Astronaut

select([Astronaut.id, Astronaut.name])  # type: ignore[call-overload]
