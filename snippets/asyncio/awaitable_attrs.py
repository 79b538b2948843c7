# output: only ^(SELECT|Ares)
import asyncio

from asyncio_setup import Astronaut, Session, database


async def main() -> None:
    async with database(), Session() as session:
        lewis = await session.get_one(Astronaut, 1)  # get(), never None
        mission = await lewis.awaitable_attrs.mission  # the lazy load, awaited
        print(mission.name)


asyncio.run(main())
