-- The group an intervention is a task for: the party the Matriks Kontribusi chose (issue 17).
-- Empty for the interventions planned before, from the free-text matrix: their tasks keep going
-- to OPD terkait and Mitra.
alter table kn_intervensi add column kelompok varchar(255);
