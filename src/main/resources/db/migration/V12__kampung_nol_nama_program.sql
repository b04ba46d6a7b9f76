-- The start form asks for the programme (name, period); kelurahan and RW are outputs of stage 1
-- (Identifikasi Lokasi Prioritas), unknown until then (issue 17). Written for H2 and PostgreSQL.
alter table kn_program add column nama_program varchar(200);
alter table kn_program add column periode_selesai date;
alter table kn_program alter column kelurahan drop not null;
alter table kn_program alter column rw drop not null;
