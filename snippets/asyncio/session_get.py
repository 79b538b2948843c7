import asyncio

from asyncio_setup import Astronaut, Session, database


async def main() -> None:
    async with database(), Session() as session:
        lewis = await session.get(Astronaut, 1)  # SELECT by primary key
        again = await session.get(Astronaut, 1)  # identity map: no SQL
        print(lewis, lewis is again)


asyncio.run(main())
