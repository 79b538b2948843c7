# raises: TypeError
from sqlalchemy import MetaData, create_engine

MetaData(bind=create_engine("sqlite://"))  # type: ignore[call-arg]
