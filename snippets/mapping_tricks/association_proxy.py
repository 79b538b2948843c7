from sqlalchemy.orm import Session
from mapping_tricks_setup import Mission, engine

with Session(engine) as session:
    ares3 = session.get_one(Mission, 1)
    ares3.crew_names.append("Rick Martinez")  # creator= builds the Crew
    session.commit()
    print(ares3.crew_names)  # reloaded: a list of str
