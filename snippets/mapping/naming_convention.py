from mapping_setup import Crew, ddl

ddl(Crew)
