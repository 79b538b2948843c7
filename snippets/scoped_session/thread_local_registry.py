from concurrent.futures import ThreadPoolExecutor

from scoped_session_setup import Session

has = Session.registry.has  # does the calling thread hold a session?
with ThreadPoolExecutor(max_workers=1) as pool:  # one worker thread, reused
    first, second = pool.submit(lambda: (Session(), Session())).result()
    print("same session twice in that thread:", first is second)
    print("same as this thread's:", first is Session())
    print("the worker's next job inherits it:", pool.submit(has).result())
    pool.submit(Session.remove).result()  # so end each job with remove()
    print("after remove():", pool.submit(has).result())
