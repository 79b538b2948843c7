from sqlalchemy.orm import declarative_base

print(declarative_base().metadata)  # the new path: no warning
