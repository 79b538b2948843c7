from isolation_setup import engine

# A lightweight copy of the engine: same pool, its own default options.
dirty_reads = engine.execution_options(isolation_level="READ UNCOMMITTED")
print("shares the pool:", dirty_reads.pool is engine.pool)
with dirty_reads.connect() as conn:
    print("copy:", conn.get_isolation_level())
with engine.connect() as conn:
    print("original:", conn.get_isolation_level())
