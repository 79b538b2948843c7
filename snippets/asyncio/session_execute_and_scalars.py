# output: only ^(\[|Astronaut)
import asyncio

from asyncio_setup import Session, crew, database


async def main() -> None:
    async with database(), Session() as session:  # closed at the end
        result = await session.execute(crew)  # rows, as with a Session
        print(result.scalars().all())
        print((await session.scalars(crew)).first())  # objects directly


asyncio.run(main())
