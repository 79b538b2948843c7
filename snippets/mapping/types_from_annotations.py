# targets: sqlite, postgresql
from mapping_setup import Mission, ddl

ddl(Mission)
