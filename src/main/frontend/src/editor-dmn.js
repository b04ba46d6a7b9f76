// dmn-js: DRD, decision tables and literal expressions.
import DmnModeler from 'dmn-js/lib/Modeler';
import { modulTerjemahan } from './terjemahan.js';

const NAMA_TAMPILAN = { drd: 'DRD', decisionTable: 'Tabel keputusan', literalExpression: 'Ekspresi literal', boxedExpression: 'Ekspresi' };

export async function buatEditor({ kanvas, tab, isi, saatBerubah }) {
  const modeler = new DmnModeler({
    container: kanvas,
    common: { additionalModules: [modulTerjemahan] }
  });
  await modeler.importXML(isi);
  const gambarTab = () => {
    tab.innerHTML = '';
    const aktif = modeler.getActiveView();
    for (const view of modeler.getViews()) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = (NAMA_TAMPILAN[view.type] || view.type) + (view.element.name ? ': ' + view.element.name : '');
      if (aktif && aktif.element === view.element) b.className = 'aktif';
      b.onclick = () => modeler.open(view);
      tab.appendChild(b);
    }
    tab.hidden = false;
  };
  modeler.on('views.changed', () => {
    gambarTab();
    const viewer = modeler.getActiveViewer();
    if (viewer && !viewer.__alurDidengar) {
      viewer.__alurDidengar = true;
      viewer.get('eventBus').on('commandStack.changed', () => saatBerubah());
    }
  });
  gambarTab();
  const viewer = modeler.getActiveViewer();
  if (viewer) {
    viewer.__alurDidengar = true;
    viewer.get('eventBus').on('commandStack.changed', () => saatBerubah());
  }
  return {
    jenis: 'dmn',
    async isi() {
      const { xml } = await modeler.saveXML({ format: true });
      return xml;
    },
    hapus() {
      modeler.destroy();
      tab.hidden = true;
      tab.innerHTML = '';
    }
  };
}
