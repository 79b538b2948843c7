from sqlalchemy import select
from relationships_setup import Spacewalk

print(select(Spacewalk.id).join(Spacewalk.lead))
print(select(Spacewalk.id).join(Spacewalk.backup))
