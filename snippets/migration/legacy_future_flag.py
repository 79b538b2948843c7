# raises: ArgumentError
from sqlalchemy.future import create_engine  # a plain re-export

create_engine("sqlite://", future=True)  # accepted, and changes nothing
create_engine("sqlite://", future=False)  # the 1.x mode is gone
