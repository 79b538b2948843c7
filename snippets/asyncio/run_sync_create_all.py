import asyncio

from sqlalchemy import inspect
from asyncio_setup import Base, engine


async def main() -> None:
    async with engine.begin() as conn:  # no database(): no tables yet
        await conn.run_sync(Base.metadata.create_all)  # sync API, awaited
        names = await conn.run_sync(lambda c: inspect(c).get_table_names())
        print(sorted(names))
    await engine.dispose()


asyncio.run(main())
