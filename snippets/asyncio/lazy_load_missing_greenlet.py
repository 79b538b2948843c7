# output: only ^(StatementError|\[SQL|FROM mission|WHERE mission|RuntimeWarning)
# warns: RuntimeWarning (sqlite 2.1)
import asyncio
import gc

from sqlalchemy.exc import MissingGreenlet, StatementError
from asyncio_setup import Astronaut, Session, database


async def main() -> None:
    async with database(), Session() as session:
        lewis = await session.get_one(Astronaut, 1)  # get(), never None
        try:
            print(lewis.mission)  # a lazy load: IO without await
        except (MissingGreenlet, StatementError) as error:  # 2.1: wrapped, in .orig
            print(f"{type(error).__name__}: {error}")
    gc.collect()  # 2.1: the cursor's RuntimeWarning now, not at exit


asyncio.run(main())
