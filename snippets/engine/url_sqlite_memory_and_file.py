from sqlalchemy import create_engine, make_url

# Two slashes and nothing else: a private in-memory database.
memory = make_url("sqlite://")
# Three slashes: a path relative to the working directory; four: an absolute path.
relative = make_url("sqlite:///ares.db")
absolute = make_url("sqlite:////var/data/ares.db")

for url in (memory, relative, absolute):
    print(f"{url!s:30} driver={url.get_driver_name()} database={url.database!r}")

engine = create_engine("sqlite://")
print("engine:", engine)
