from mapping_setup import Mission, ddl

ddl(Mission)
