from urllib.parse import quote_plus

from sqlalchemy import URL, make_url

pw = "p@ss/word"  # '@' and '/' end a password written into a URL
bad = make_url(f"mysql+pymysql://watney:{pw}@db/ares")
print("as is:     ", bad.password, bad.host)  # cut at the first '@'
url = make_url(f"mysql+pymysql://watney:{quote_plus(pw)}@db/ares")
print("quote_plus:", url.password, url.host, url.get_driver_name())
same = URL.create("mysql+pymysql", "watney", pw, "db", database="ares")
print("URL.create() escapes it for you:", same == url)
