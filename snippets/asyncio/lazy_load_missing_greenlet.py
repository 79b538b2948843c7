# warns: RuntimeWarning
import asyncio
import gc

from sqlalchemy.exc import StatementError
from asyncio_setup import Astronaut, Session, database


async def main() -> None:
    async with database(), Session() as session:
        lewis = await session.get_one(Astronaut, 1)  # get(), never None
        try:
            print(lewis.mission)  # a lazy load: IO without await
        except StatementError as error:  # 2.1 + aiosqlite: wrapped
            print(error)
    gc.collect()  # show now the warning Python would print at exit


asyncio.run(main())
