from sqlalchemy.engine import make_url

# Without a driver the dialect picks its default, which can change between
# releases: in 2.1 postgresql:// means psycopg (3), no longer psycopg2
for url in [
    "postgresql://scott:tiger@localhost/ares",
    "mysql://scott:tiger@localhost/ares",
    "sqlite:///ares.db",
]:
    dialect = make_url(url).get_dialect()
    print(f"{url.split(':')[0]:22} -> {dialect.__name__}")
