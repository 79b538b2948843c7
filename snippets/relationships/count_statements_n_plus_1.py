from sqlalchemy import event, select
from sqlalchemy.orm import Session, joinedload, lazyload, selectinload
from relationships_setup import Mission, engine

sent: list[str] = []  # each statement's SQL, appended as the cursor runs it
event.listen(engine, "before_cursor_execute", lambda *a: sent.append(a[2]))
for load in lazyload, selectinload, joinedload:  # lazyload: the default
    sent.clear()
    stmt = select(Mission).options(load(Mission.crew)).order_by(Mission.id)
    with Session(engine) as session:
        crews = [len(m.crew) for m in session.scalars(stmt).unique()]
    print(f"{load.__name__}: crews {crews}, statements: {len(sent)}")
