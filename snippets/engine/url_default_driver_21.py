from sqlalchemy import make_url

# No +driver means the dialect's default; no driver need be installed.
for url in ("postgresql://", "postgresql+psycopg2://", "mysql://"):
    print(f"{url:22} -> {make_url(url).get_dialect().driver}")
