from sqlalchemy import inspect
from mapping_tricks_setup import Mission

mapper = inspect(Mission)
print(mapper.columns.keys())  # Column objects, by attribute name
print({name: r.mapper.class_.__name__ for name, r in mapper.relationships.items()})
print(mapper.attrs.keys())  # every mapped attribute: columns and relationships
print([k for k in mapper.all_orm_descriptors.keys() if k not in mapper.attrs])
