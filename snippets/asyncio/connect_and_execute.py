import asyncio
import os

from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine


async def main() -> None:
    url = os.environ.get("DATABASE_URL", "sqlite+aiosqlite://")
    engine = create_async_engine(url, echo=True)
    async with engine.connect() as conn:  # an AsyncConnection
        result = await conn.execute(text("SELECT 'Ares III' AS mission"))
        print(result.all())  # a buffered Result: reading it needs no await
    await engine.dispose()  # see the last section


asyncio.run(main())
