# sqlite only: SQLite's file and memory URLs
from sqlalchemy import make_url

# Two slashes: in memory; three: a relative path; four: an absolute path.
for url in ("sqlite://", "sqlite:///ares.db", "sqlite:////data/ares.db"):
    print(f"{url:24} database={make_url(url).database!r}")
