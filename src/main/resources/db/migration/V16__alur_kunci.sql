-- Locks the nodes of one database take in turn (select ... for update on a row): the start-up
-- reconciliation of the agencies' groups and grants runs on one node at a time, so two nodes
-- starting together on a new database do not both insert the same group or grant.
create table alur_kunci (
    nama varchar(50) primary key
);

insert into alur_kunci (nama) values ('identitas');
