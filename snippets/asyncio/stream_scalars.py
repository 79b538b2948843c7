# output: only built so far
import asyncio

from sqlalchemy import event
from asyncio_setup import Astronaut, Session, crew, database

built: list[str] = []  # the load event fires as the ORM builds each object
event.listen(Astronaut, "load", lambda astronaut, _: built.append(astronaut.name))


async def main() -> None:
    async with database(), Session() as session:
        stmt = crew.execution_options(yield_per=2)  # without it: all 3 built first
        async for astronaut in await session.stream_scalars(stmt):
            print(astronaut.name, "- built so far:", built)


asyncio.run(main())
