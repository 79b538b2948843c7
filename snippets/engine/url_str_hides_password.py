from sqlalchemy import URL, make_url

url = URL.create("postgresql+psycopg", "lewis", "hermes", "db.example")
print("str(url):   ", str(url))  # masked, like repr(url)
print("parsed back:", make_url(str(url)).password)  # would log in as ***
print(url.render_as_string(hide_password=False))  # the usable string
