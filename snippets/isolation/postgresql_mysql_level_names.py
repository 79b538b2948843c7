from sqlalchemy import make_url

# The names each dialect accepts; loading a dialect class needs no driver.
for url in ("postgresql+psycopg://", "mysql+pymysql://"):
    dialect = make_url(url).get_dialect()()
    levels = dialect.get_isolation_level_values(None)  # type: ignore[arg-type]
    print(f"{url:22}", ", ".join(sorted(levels)))
