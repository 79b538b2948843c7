from sqlalchemy.orm import sessionmaker
from session_setup import engine

Session = sessionmaker(bind=engine)  # a factory object, not a class
print(type(Session).__name__, "->", type(Session()).__name__)  # 1. usual
print(type(sessionmaker(bind=engine)()).__name__)  # 2. throw-away factory
print(type(sessionmaker(bind=engine).__call__()).__name__)  # 3. same
