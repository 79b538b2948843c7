from sqlalchemy.engine import make_url

for url in ["postgresql+psycopg://", "mysql+pymysql://", "sqlite+pysqlite://"]:
    print(url, "->", make_url(url).get_dialect().__name__)
