package id.alursop.bench;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A province's load beyond what the engine can make in a session on two cores: copies, in SQL on
 * PostgreSQL, of the open instances the engine made (business key {@code bench-...}), every
 * runtime row the task lists read under new ids (the original's id and {@code -s<round>}: no UUID holds an s):
 * executions, tasks, candidate links, the tasks' authorization rows, variables and their byte
 * arrays (activity instance ids kept: nothing looks them up in the lists). So the copies have the originals' spread over SOPs, agencies, groups, due dates and
 * assignees. They carry no escalation job and no history: nothing in the task lists reads those.
 */
final class SalinanInstansi {

  private SalinanInstansi() {
  }

  /** Copies the first originals, round by round, until {@code sasaran} open instances exist. */
  static void salin(JdbcTemplate jdbc, long asli, long sasaran) {
    long ada = asli;
    for (int putaran = 1; ada < sasaran; putaran++) {
      long berapa = Math.min(asli, sasaran - ada);
      Hasil.kemajuan("postgres: copying " + berapa + " open instances in SQL (round " + putaran + ")");
      salinPutaran(jdbc, "-s" + putaran, berapa);
      ada += berapa;
    }
    jdbc.execute("analyze");
  }

  private static void salinPutaran(JdbcTemplate jdbc, String akhiran, long berapa) {
    String s = "'" + akhiran + "'";
    jdbc.execute("drop table if exists bench_asal");
    jdbc.execute("create table bench_asal as select ID_ from ACT_RU_EXECUTION where PARENT_ID_ is null"
        + " and BUSINESS_KEY_ like 'bench-%' and ID_ not like '%-s%' order by ID_ limit " + berapa);
    jdbc.execute("create index bench_asal_id on bench_asal (ID_)");
    jdbc.execute("drop table if exists bench_asal_tugas");
    jdbc.execute("create table bench_asal_tugas as select T.ID_ from ACT_RU_TASK T join bench_asal A on T.PROC_INST_ID_ = A.ID_");
    jdbc.execute("create index bench_asal_tugas_id on bench_asal_tugas (ID_)");
    jdbc.update("insert into ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, PROC_INST_ID_, BUSINESS_KEY_, PARENT_ID_,"
        + " PROC_DEF_ID_, SUPER_EXEC_, SUPER_CASE_EXEC_, CASE_INST_ID_, ACT_ID_, ACT_INST_ID_, IS_ACTIVE_, IS_CONCURRENT_,"
        + " IS_SCOPE_, IS_EVENT_SCOPE_, SUSPENSION_STATE_, CACHED_ENT_STATE_, SEQUENCE_COUNTER_, TENANT_ID_, PROC_DEF_KEY_)"
        + " select E.ID_ || " + s + ", E.REV_, E.ROOT_PROC_INST_ID_ || " + s + ", E.PROC_INST_ID_ || " + s
        + ", E.BUSINESS_KEY_, E.PARENT_ID_ || " + s + ", E.PROC_DEF_ID_, E.SUPER_EXEC_ || " + s + ", E.SUPER_CASE_EXEC_,"
        + " E.CASE_INST_ID_, E.ACT_ID_, E.ACT_INST_ID_, E.IS_ACTIVE_, E.IS_CONCURRENT_, E.IS_SCOPE_,"
        + " E.IS_EVENT_SCOPE_, E.SUSPENSION_STATE_, E.CACHED_ENT_STATE_, E.SEQUENCE_COUNTER_, E.TENANT_ID_, E.PROC_DEF_KEY_"
        + " from ACT_RU_EXECUTION E join bench_asal A on E.PROC_INST_ID_ = A.ID_");
    jdbc.update("insert into ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_, CASE_EXECUTION_ID_,"
        + " CASE_INST_ID_, CASE_DEF_ID_, NAME_, PARENT_TASK_ID_, DESCRIPTION_, TASK_DEF_KEY_, OWNER_, ASSIGNEE_, DELEGATION_,"
        + " PRIORITY_, CREATE_TIME_, LAST_UPDATED_, DUE_DATE_, FOLLOW_UP_DATE_, SUSPENSION_STATE_, TENANT_ID_, TASK_STATE_)"
        + " select T.ID_ || " + s + ", T.REV_, T.EXECUTION_ID_ || " + s + ", T.PROC_INST_ID_ || " + s + ", T.PROC_DEF_ID_,"
        + " T.CASE_EXECUTION_ID_, T.CASE_INST_ID_, T.CASE_DEF_ID_, T.NAME_, T.PARENT_TASK_ID_, T.DESCRIPTION_,"
        + " T.TASK_DEF_KEY_, T.OWNER_, T.ASSIGNEE_, T.DELEGATION_, T.PRIORITY_, T.CREATE_TIME_, T.LAST_UPDATED_,"
        + " T.DUE_DATE_, T.FOLLOW_UP_DATE_, T.SUSPENSION_STATE_, T.TENANT_ID_, T.TASK_STATE_"
        + " from ACT_RU_TASK T join bench_asal_tugas A on T.ID_ = A.ID_");
    jdbc.update("insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, USER_ID_, TASK_ID_, PROC_DEF_ID_,"
        + " TENANT_ID_) select I.ID_ || " + s + ", I.REV_, I.GROUP_ID_, I.TYPE_, I.USER_ID_, I.TASK_ID_ || " + s
        + ", I.PROC_DEF_ID_, I.TENANT_ID_ from ACT_RU_IDENTITYLINK I join bench_asal_tugas A on I.TASK_ID_ = A.ID_");
    jdbc.update("insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_,"
        + " PERMS_, REMOVAL_TIME_, ROOT_PROC_INST_ID_) select Z.ID_ || " + s + ", Z.REV_, Z.TYPE_, Z.GROUP_ID_, Z.USER_ID_,"
        + " Z.RESOURCE_TYPE_, Z.RESOURCE_ID_ || " + s + ", Z.PERMS_, Z.REMOVAL_TIME_, Z.ROOT_PROC_INST_ID_ || " + s
        + " from ACT_RU_AUTHORIZATION Z join bench_asal_tugas A on Z.RESOURCE_ID_ = A.ID_ where Z.RESOURCE_TYPE_ = 7");
    jdbc.update("insert into ACT_GE_BYTEARRAY (ID_, REV_, NAME_, DEPLOYMENT_ID_, BYTES_, GENERATED_, TENANT_ID_, TYPE_,"
        + " CREATE_TIME_, ROOT_PROC_INST_ID_, REMOVAL_TIME_) select B.ID_ || " + s + ", B.REV_, B.NAME_, B.DEPLOYMENT_ID_,"
        + " B.BYTES_, B.GENERATED_, B.TENANT_ID_, B.TYPE_, B.CREATE_TIME_, B.ROOT_PROC_INST_ID_ || " + s + ", B.REMOVAL_TIME_"
        + " from ACT_GE_BYTEARRAY B join ACT_RU_VARIABLE V on V.BYTEARRAY_ID_ = B.ID_ join bench_asal A"
        + " on V.PROC_INST_ID_ = A.ID_");
    jdbc.update("insert into ACT_RU_VARIABLE (ID_, REV_, TYPE_, NAME_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_,"
        + " CASE_EXECUTION_ID_, CASE_INST_ID_, TASK_ID_, BATCH_ID_, BYTEARRAY_ID_, DOUBLE_, LONG_, TEXT_, TEXT2_, VAR_SCOPE_,"
        + " SEQUENCE_COUNTER_, IS_CONCURRENT_LOCAL_, TENANT_ID_) select V.ID_ || " + s + ", V.REV_, V.TYPE_, V.NAME_,"
        + " V.EXECUTION_ID_ || " + s + ", V.PROC_INST_ID_ || " + s + ", V.PROC_DEF_ID_, V.CASE_EXECUTION_ID_,"
        + " V.CASE_INST_ID_, V.TASK_ID_ || " + s + ", V.BATCH_ID_, V.BYTEARRAY_ID_ || " + s + ", V.DOUBLE_, V.LONG_,"
        + " V.TEXT_, V.TEXT2_, V.VAR_SCOPE_ || " + s + ", V.SEQUENCE_COUNTER_, V.IS_CONCURRENT_LOCAL_, V.TENANT_ID_"
        + " from ACT_RU_VARIABLE V join bench_asal A on V.PROC_INST_ID_ = A.ID_");
    jdbc.execute("drop table bench_asal_tugas");
    jdbc.execute("drop table bench_asal");
  }
}
