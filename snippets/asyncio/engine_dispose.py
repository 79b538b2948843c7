# output: only ^\[
import asyncio

from sqlalchemy import inspect
from asyncio_setup import database, engine


async def main() -> None:
    async with database():
        await engine.dispose()  # closes the pooled connection, in the loop
        async with engine.connect() as conn:  # SQLite: a new, empty memory db
            names = await conn.run_sync(lambda c: inspect(c).get_table_names())
            print(sorted(names))


asyncio.run(main())
