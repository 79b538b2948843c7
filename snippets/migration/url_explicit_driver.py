from sqlalchemy.engine import make_url

# Name the driver in every URL; get_dialect() needs no driver installed
for url in [
    "postgresql+psycopg://scott:tiger@localhost/ares",
    "postgresql+psycopg2://scott:tiger@localhost/ares",
    "mysql+pymysql://scott:tiger@localhost/ares",
    "sqlite+pysqlite:///ares.db",
]:
    dialect = make_url(url).get_dialect()
    print(f"{url.split(':')[0]:22} -> {dialect.__name__}")
