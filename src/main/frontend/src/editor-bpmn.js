// bpmn-js with the Camunda 7 properties panel and live bpmnlint (CI's rules, packed at build time).
import BpmnModeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  CamundaPlatformPropertiesProviderModule
} from 'bpmn-js-properties-panel';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import lintModule from 'bpmn-js-bpmnlint';
import bpmnlintConfig from '../build/bpmnlint-config.js';
import { modulTerjemahan } from './terjemahan.js';

export async function buatEditor({ kanvas, properti, isi, saatBerubah, saatLint }) {
  const modeler = new BpmnModeler({
    container: kanvas,
    propertiesPanel: { parent: properti },
    linting: { bpmnlint: bpmnlintConfig, active: true },
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      CamundaPlatformPropertiesProviderModule,
      CamundaBehaviorsModule,
      lintModule,
      modulTerjemahan
    ],
    moddleExtensions: { camunda: camundaModdle }
  });
  const hasil = await modeler.importXML(isi);
  // fit the diagram, leaving room for the palette on the left
  const canvas = modeler.get('canvas');
  const vb = canvas.viewbox();
  const { width: lebar, height: tinggi } = vb.outer;
  if (vb.inner.width > 0 && lebar > 200) {
    const skala = Math.min(1, (lebar - 140) / vb.inner.width, (tinggi - 40) / vb.inner.height);
    canvas.viewbox({ x: vb.inner.x - 115 / skala, y: vb.inner.y - 20 / skala, width: lebar / skala, height: tinggi / skala });
  }
  modeler.on('commandStack.changed', () => saatBerubah());
  modeler.on('linting.completed', ({ issues }) => {
    const daftar = [];
    for (const [id, masalah] of Object.entries(issues || {})) {
      for (const m of masalah) {
        daftar.push({ elemen: id, pesan: m.message, aturan: m.rule, tingkat: m.category === 'error' ? 'galat' : 'peringatan' });
      }
    }
    saatLint(daftar);
  });
  window.alurModeler = modeler; // for the browser test and the console
  return {
    jenis: 'bpmn',
    peringatanImpor: hasil.warnings || [],
    async isi() {
      const { xml } = await modeler.saveXML({ format: true });
      return xml;
    },
    hapus() {
      modeler.destroy();
      window.alurModeler = null;
    }
  };
}
