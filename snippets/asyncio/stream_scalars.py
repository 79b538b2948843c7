import asyncio

from asyncio_setup import Session, crew, database


async def main() -> None:
    async with database(), Session() as session:
        async for astronaut in await session.stream_scalars(crew):
            print(astronaut)  # fetched as the loop goes, not all at once


asyncio.run(main())
