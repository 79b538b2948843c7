from sqlalchemy import create_engine

engine = create_engine("sqlite://")
# A lightweight copy of the engine: same pool, different default options.
dirty_reads = engine.execution_options(isolation_level="READ UNCOMMITTED")
print("copy shares the pool:", dirty_reads.pool is engine.pool)

with dirty_reads.connect() as conn:
    print("copy:", conn.get_isolation_level())
with engine.connect() as conn:
    print("original:", conn.get_isolation_level())
