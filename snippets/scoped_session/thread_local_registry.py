import threading

from sqlalchemy import create_engine
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import scoped_session, sessionmaker

engine = create_engine("sqlite://")
Session = scoped_session(sessionmaker(engine))  # default scope: the current thread

sessions: dict[str, OrmSession] = {}
same_within: dict[str, bool] = {}


def worker() -> None:
    name = threading.current_thread().name
    sessions[name] = Session()
    same_within[name] = Session() is sessions[name]  # asked twice, same thread


sessions["MainThread"] = Session()
threads = [threading.Thread(target=worker, name=n) for n in ["Hermes", "MAV"]]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()

# Print after join(), sorted, so the output never depends on scheduling.
for name in sorted(same_within):
    print(f"{name}: same session twice in its thread: {same_within[name]}")
    print(f"{name}: same as MainThread's: {sessions[name] is sessions['MainThread']}")
print("Hermes and MAV share one:", sessions["Hermes"] is sessions["MAV"])
