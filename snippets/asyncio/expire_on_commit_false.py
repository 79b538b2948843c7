import asyncio

from asyncio_setup import Astronaut, Session, database


async def main() -> None:
    async with database(), Session(expire_on_commit=False) as session:
        lewis = await session.get(Astronaut, 1)
        await session.commit()  # lewis keeps its loaded values
        print(lewis)  # no SELECT to reload it


asyncio.run(main())
