import os

from sqlalchemy import create_engine
from pools_setup import count_pool_events, url

engine = create_engine(url)
counts = count_pool_events(engine)
engine.connect().close()  # the parent's pool now holds a connection
read_end, write_end = os.pipe()
if os.fork() == 0:  # the child process
    engine.dispose(close=False)  # drop the inherited pool, closing nothing
    counts.clear()
    engine.connect().close()  # opens a connection of its own
    os.write(write_end, f"child:  {dict(counts)}".encode())
    os._exit(0)
os.wait()  # then print the child's line, read from the pipe
print(os.read(read_end, 100).decode())
engine.connect().close()  # the parent reuses its pooled connection
print("parent:", dict(counts))
