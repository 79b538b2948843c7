# sqlite only: SQLite's in-memory pools
from sqlalchemy import StaticPool, create_engine, inspect, text
from pools_setup import in_thread

per_thread = create_engine("sqlite://")  # the default SingletonThreadPool
static = create_engine(
    "sqlite://",
    poolclass=StaticPool,  # one DBAPI connection for every checkout
    connect_args={"check_same_thread": False},  # usable in any thread
)
for engine in (per_thread, static):
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE log (msg TEXT)"))
    tables = in_thread(inspect(engine).get_table_names)  # another thread
    print(f"{type(engine.pool).__name__:19} other thread sees: {tables}")
