from sqlalchemy import make_url

# The names each dialect accepts; loading a dialect class needs no driver.
for url in ("postgresql+psycopg://", "mysql+pymysql://", "sqlite://"):
    dialect = make_url(url).get_dialect()()
    levels = sorted(dialect.get_isolation_level_values(None))  # type: ignore[arg-type]
    print(f"accepted by {url}")
    print("   ", ", ".join(levels))

# Server-side facts from each database's own manual (no server runs here).
documented = {
    "PostgreSQL default": "READ COMMITTED",
    "PostgreSQL READ UNCOMMITTED": "behaves as READ COMMITTED",
    "MySQL InnoDB default": "REPEATABLE READ",
}
for what, fact in documented.items():
    print(f"documented, {what}: {fact}")
