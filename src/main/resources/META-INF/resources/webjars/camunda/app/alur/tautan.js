/*
 * Alur SOP: the way from the webapps to our own pages, which share their login session.
 *  - Cockpit, navigation (plugin point cockpit.navigation): "Laporan SLA" for supervisors and
 *    administrators, "Modeler" for administrators;
 *  - Admin, dashboard (admin.dashboard.section; Admin has no navigation plugin point): a section
 *    linking to the modeler and the SLA report.
 * Who may open what comes from GET /api/sesi (the same rules as the pages themselves check).
 * Loaded by the apps' scripts/config.js as a custom script; each app takes the plugins of its own
 * plugin points and ignores the others.
 */

let sesiDimuat;
function sesi() {
  if (!sesiDimuat) {
    sesiDimuat = fetch('/api/sesi', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(r => (r.ok ? r.json() : null))
      .catch(() => null);
  }
  return sesiDimuat;
}

function tautanNavigasi(id, label, href, boleh) {
  return {
    id,
    pluginPoint: 'cockpit.navigation',
    priority: 1,
    render: node => {
      const butir = node.closest('li');
      if (butir) {
        butir.style.display = 'none';
      }
      sesi().then(data => {
        if (!data || !boleh(data)) {
          return;
        }
        const a = document.createElement('a');
        a.href = href;
        a.textContent = label;
        a.setAttribute('data-alur', id);
        node.appendChild(a);
        if (butir) {
          butir.style.display = '';
        }
      });
    },
    properties: { label, pagePath: href, checkActive: () => false }
  };
}

export default [
  tautanNavigasi('alur-laporan-sla', 'Laporan SLA', '/laporan/sla', data => data.laporanSla),
  tautanNavigasi('alur-modeler', 'Modeler', '/modeler', data => data.modeler),
  {
    id: 'alur-modeler-admin',
    pluginPoint: 'admin.dashboard.section',
    priority: 10,
    render: node => {
      node.innerHTML = '<p style="margin:0 0 10px">Ubah dan terapkan diagram SOP (BPMN, DMN, formulir) per instansi, '
        + 'lalu pantau kepatuhan waktunya.</p><ul class="alur-tautan" style="list-style:none;margin:0;padding:0"></ul>';
      sesi().then(data => {
        const daftar = node.querySelector('.alur-tautan');
        const tautan = [];
        if (data && data.modeler) {
          tautan.push(['alur-modeler', '/modeler', 'Modeler SOP']);
        }
        if (data && data.laporanSla) {
          tautan.push(['alur-laporan-sla', '/laporan/sla', 'Laporan SLA']);
        }
        daftar.innerHTML = tautan.map(([id, href, label]) => `<li><a data-alur="${id}" href="${href}">${label}</a></li>`)
          .join('');
      });
    },
    properties: { label: 'Modeler SOP' }
  }
];
