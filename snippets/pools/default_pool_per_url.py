from sqlalchemy import create_engine

for url in ("sqlite://", "sqlite:///:memory:", "sqlite:///pool.db"):
    print(f"{url:20}", type(create_engine(url).pool).__name__)
