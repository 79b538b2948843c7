from schema_setup import Base, engine

engine.echo = True
Base.metadata.create_all(engine)  # checks, then creates: the setup's Ship
Base.metadata.create_all(engine)  # the table exists: only the check runs
Base.metadata.drop_all(engine)
