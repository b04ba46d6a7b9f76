-- The note a step's performer writes in its form's field catatanLogbook ("Catatan logbook
-- kegiatan"), kept with the step's logbook entry (issue 17). Empty for steps without one.
-- Written for both H2 and PostgreSQL.
alter table logbook_entry add column catatan varchar(4000);
