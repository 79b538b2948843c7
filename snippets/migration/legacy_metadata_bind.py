# raises: TypeError
from sqlalchemy import MetaData, create_engine

engine = create_engine("sqlite://")

# 1.x "bound metadata": the bind argument was removed in 2.0
metadata = MetaData(bind=engine)  # type: ignore[call-arg]
