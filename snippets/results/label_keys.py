from sqlalchemy import func, select
from sqlalchemy.orm import Session
from results_setup import Astronaut, engine

n, top = func.count(), func.max(Astronaut.pay)
with Session(engine) as session:
    print(session.execute(select(n, top)).mappings().one())
    labeled = select(n.label("crew"), top.label("top_pay"))
    print(session.execute(labeled).mappings().one())
