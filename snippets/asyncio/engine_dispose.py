import asyncio

from sqlalchemy import inspect
from asyncio_setup import database, engine


async def main() -> None:
    async with database():
        await engine.dispose()  # closes the pooled connection, in the loop
        async with engine.connect() as conn:  # new connection, new memory db
            print(await conn.run_sync(lambda c: inspect(c).get_table_names()))


asyncio.run(main())
