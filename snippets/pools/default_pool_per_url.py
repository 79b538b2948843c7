from sqlalchemy import create_engine
from sqlalchemy.ext.asyncio import create_async_engine

for url in ("sqlite://", "sqlite:///:memory:", "sqlite:///pool.db"):
    print(f"{url:28}", type(create_engine(url).pool).__name__)
pg = "postgresql+psycopg://db/app"  # no server needed: nothing connects yet
print(f"{pg:28}", type(create_engine(pg).pool).__name__)
for url in ("sqlite+aiosqlite://", "sqlite+aiosqlite:///pool.db", pg):
    print(f"{url:28}", type(create_async_engine(url).pool).__name__, "(async)")
