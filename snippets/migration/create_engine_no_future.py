from sqlalchemy import create_engine

print(create_engine("sqlite://"))  # no flag: 2.x behaviour is the only one
