from relationships_setup import Astronaut, Mission

ares6 = Mission(name="Ares VI")
vogel = Astronaut(name="Vogel")
ares6.crew.append(vogel)  # sets vogel.mission too, no flush
print(vogel.mission is ares6)
kapoor = Astronaut(name="Kapoor", mission=ares6)  # joins the crew
print(ares6.crew)
