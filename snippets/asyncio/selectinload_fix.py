# output: only ^(SELECT|WHERE mission|\w+ Ares)
import asyncio

from sqlalchemy.orm import selectinload
from asyncio_setup import Astronaut, Session, crew, database


async def main() -> None:
    async with database(), Session() as session:
        stmt = crew.options(selectinload(Astronaut.mission))
        for astronaut in await session.scalars(stmt):
            print(astronaut.name, astronaut.mission.name)  # loaded: no IO


asyncio.run(main())
