from mapping_setup import Crew

print(repr(Crew.__table__.c.id), repr(Crew.__table__.c.name), sep="\n")
