// form-js editor for Camunda Forms.
import { FormEditor } from '@bpmn-io/form-js';

export async function buatEditor({ kanvas, properti, isi, saatBerubah }) {
  const editor = new FormEditor({ container: kanvas, propertiesPanel: { parent: properti } });
  await editor.importSchema(JSON.parse(isi));
  editor.on('changed', () => saatBerubah());
  return {
    jenis: 'form',
    async isi() {
      return JSON.stringify(editor.saveSchema(), null, 2);
    },
    hapus() {
      editor.destroy();
    }
  };
}
