# sqlite only: Python's sqlite3 driver checks the thread
import threading

from sqlalchemy import text
from sqlalchemy.exc import ProgrammingError
from errors_setup import engine  # sqlite:// (in memory): check_same_thread=True

conn = engine.connect()  # its sqlite3 connection belongs to this thread


def count() -> None:
    try:
        conn.execute(text("SELECT count(*) FROM astronaut"))
    except ProgrammingError as error:  # the message then names both thread ids
        print(type(error).__name__, str(error.orig).split(".")[0])


thread = threading.Thread(target=count)
thread.start()
thread.join()
