import asyncio

from sqlalchemy.ext.asyncio import AsyncSession, async_scoped_session
from asyncio_setup import Session

Scoped = async_scoped_session(Session, scopefunc=asyncio.current_task)


async def task() -> AsyncSession:
    session = Scoped()  # the current task's AsyncSession
    print("same session within a task:", session is Scoped())
    await Scoped.remove()  # close it and forget this task: no leak
    return session


async def main() -> None:
    one, two = await asyncio.gather(task(), task())
    print("same session across tasks:", one is two)


asyncio.run(main())
