-- The compiler sees each OPD's answer (issue 18): what it sent, its note, the task it answered in
-- (its attached files), and whether it answered by its due date.
alter table wali_data add column task_id varchar(64);
alter table wali_data add column data_disampaikan varchar(4000);
alter table wali_data add column keterangan varchar(4000);
