from sqlalchemy import make_url

# No driver named: the dialect picks its default. get_dialect() only loads
# SQLAlchemy's dialect class, so no database driver needs to be installed.
for url in ("postgresql://", "mysql://", "sqlite://"):
    dialect = make_url(url).get_dialect()
    print(f"{url:15} -> driver {dialect.driver!r:12} ({dialect.__name__})")

# Spell the driver out and the URL means the same thing on every version.
for url in ("postgresql+psycopg://", "postgresql+psycopg2://", "mysql+pymysql://"):
    print(f"{url:23} -> driver {make_url(url).get_dialect().driver!r}")
