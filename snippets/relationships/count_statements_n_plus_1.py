from sqlalchemy import event, select
from sqlalchemy.orm import Session, joinedload, lazyload, selectinload
from relationships_setup import Mission, engine

sent: list[str] = []  # the SQL of each statement run
event.listen(engine, "before_cursor_execute", lambda *a: sent.append(a[2]))
stmt = select(Mission).order_by(Mission.id)
for load in lazyload, selectinload, joinedload:  # 1st: the default
    sent.clear()
    with Session(engine) as session:
        found = session.scalars(stmt.options(load(Mission.crew)))
        crews = [len(m.crew) for m in found.unique()]
    print(load.__name__, crews, "statements:", len(sent))
