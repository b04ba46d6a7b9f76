package id.alursop.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormSchemaVariablesTest {

  @Test
  void everyKeyAndPathTheFormCanSubmit_readOnlyIncluded() {
    FormSchema schema = FormSchema.parse("""
        {"id":"f","components":[
          {"type":"text","id":"t","text":"judul"},
          {"type":"textfield","id":"a","key":"nomorKk","readonly":true},
          {"type":"textfield","id":"b","key":"nik","validate":{"required":true}},
          {"type":"group","id":"g","components":[{"type":"textarea","id":"c","key":"catatan"}]},
          {"type":"group","id":"h","path":"alamat","components":[{"type":"textfield","id":"d","key":"rt"}]}
        ]}""");
    assertThat(schema.variables()).containsExactlyInAnyOrder("nomorKk", "nik", "catatan", "alamat");
  }
}
