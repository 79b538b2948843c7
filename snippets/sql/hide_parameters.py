from sqlalchemy import create_engine, text

engine = create_engine("sqlite://", echo=True, hide_parameters=True)
with engine.connect() as conn:
    conn.execute(text("SELECT :password"), {"password": "hunter2"})
