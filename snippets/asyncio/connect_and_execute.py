import asyncio

from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine


async def main() -> None:
    engine = create_async_engine("sqlite+aiosqlite://", echo=True)
    async with engine.connect() as conn:  # an AsyncConnection
        result = await conn.execute(text("SELECT 'Ares III' AS mission"))
        print(result.all())  # a buffered Result: reading it needs no await
    await engine.dispose()  # see the last section


asyncio.run(main())
