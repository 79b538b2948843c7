from sqlalchemy import URL, make_url

# dialect+driver://user:password@host:port/database
pg = make_url("postgresql+psycopg://lewis:hermes@db.nasa.example:5432/ares")
print(repr(pg))  # repr() hides the password
print("driver:", pg.get_driver_name(), "| port:", pg.port, "| db:", pg.database)

# URL.create() escapes awkward characters for you (here '@' and '/').
my = URL.create(
    "mysql+pymysql",
    username="watney",
    password="p@ss/word",
    host="localhost",
    database="ares",
    query={"charset": "utf8mb4"},
)
print(my.render_as_string(hide_password=True))
print(my.render_as_string(hide_password=False))
print("password attribute:", my.password)
