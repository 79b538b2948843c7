# output: only ^(SELECT|\[)
import asyncio

from sqlalchemy import orm
from asyncio_setup import Session, crew, database


def missions(session: orm.Session) -> list[str]:  # plain sync ORM code
    return [astronaut.mission.name for astronaut in session.scalars(crew)]


async def main() -> None:
    async with database(), Session() as session:
        print(await session.run_sync(missions))  # lazy loads work in there


asyncio.run(main())
