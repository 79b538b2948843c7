from sqlalchemy import event, select
from sqlalchemy.orm import with_loader_criteria
from events_setup import Astronaut, Factory


@event.listens_for(Factory, "do_orm_execute")
def hide_beck(s):  # s: an ORMExecuteState, before each ORM statement
    if s.is_select and not (s.is_column_load or s.is_relationship_load):
        crit = with_loader_criteria(Astronaut, Astronaut.name != "Chris Beck")
        s.statement = s.statement.options(crit)


with Factory() as session:  # neither call below mentions Chris Beck
    print(session.scalars(select(Astronaut)).all(), session.get(Astronaut, 2))
