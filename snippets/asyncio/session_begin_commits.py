import asyncio

from asyncio_setup import Astronaut, Session, database


async def main() -> None:
    async with database(), Session() as session, session.begin():
        session.add(Astronaut(name="Martinez", mission_id=1))  # no await


asyncio.run(main())
