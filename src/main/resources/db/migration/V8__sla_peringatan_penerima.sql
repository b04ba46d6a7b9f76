-- The receiving groups of each alert, one row per group, so that GET /api/sla/alerts asks the
-- database for the current user's own alerts (sla_peringatan.kelompok_penerima keeps the list as
-- it was sent, comma-separated, for e-mail and reports).
create table sla_peringatan_kelompok (
    peringatan_id bigint       not null references sla_peringatan (id) on delete cascade,
    kelompok      varchar(255) not null,
    primary key (peringatan_id, kelompok)
);

create index ix_sla_peringatan_kelompok on sla_peringatan_kelompok (kelompok, peringatan_id);

-- An assignee's open alerts, newest first.
create index ix_sla_peringatan_pengguna on sla_peringatan (pengguna_penerima, selesai, dibuat_pada);

-- The alerts recorded before: their comma-separated groups split into rows (H2 and PostgreSQL).
insert into sla_peringatan_kelompok (peringatan_id, kelompok)
with recursive bagian (peringatan_id, kelompok, sisa) as (
    select id, cast(null as varchar(1000)), cast(kelompok_penerima || ',' as varchar(1000))
    from sla_peringatan
    where kelompok_penerima is not null
    union all
    select peringatan_id, cast(substring(sisa from 1 for position(',' in sisa) - 1) as varchar(1000)),
           cast(substring(sisa from position(',' in sisa) + 1) as varchar(1000))
    from bagian
    where sisa <> ''
)
select distinct peringatan_id, kelompok from bagian where kelompok is not null and kelompok <> '';
