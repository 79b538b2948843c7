from sqlalchemy.engine import make_url

for url in ["postgresql://", "mysql://", "sqlite://"]:  # the default driver
    print(url, "->", make_url(url).get_dialect().__name__)
