import asyncio

from scoped_session_setup import Session


async def main() -> None:
    async def request() -> object:  # each request runs as a task ...
        return Session()  # ... but the registry only sees the thread

    first, second = await asyncio.gather(request(), request())
    print("two concurrent tasks, one session:", first is second)


asyncio.run(main())
