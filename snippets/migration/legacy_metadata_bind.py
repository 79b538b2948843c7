# raises: TypeError
from sqlalchemy import MetaData
from migration_setup import engine

MetaData(bind=engine)  # type: ignore[call-arg]
