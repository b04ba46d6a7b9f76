/*
 * Alur SOP: the task form in Tasklist. Loaded by Tasklist's scripts/config.js as a custom script,
 * before the app starts.
 *
 * 1. Notifications cover no button. Camunda shows them over the bottom right corner, where the
 * form's Simpan and Selesaikan are; styles/user-styles.css puts them in a band across the page
 * above the footer, and here the band's height is kept in the CSS variable
 * --alur-pita-pemberitahuan, by which the page ends above the band (0 when there is none).
 *
 * 2. A dynamic list, which Tasklist 7.24's copy of form-js gets wrong.
 * When a field in a row of a dynamic list (one group of fields per applicant, recipient, …) is
 * corrected, form-js leaves an empty entry in the form's error map ({Field_nik: [undefined,
 * undefined]}: it empties the row's slot but keeps the field's key). Tasklist counts the keys of
 * that map after every change and keeps "Selesaikan" disabled while there is one, so a clerk who
 * once typed a bad NIK in a row could never complete the task. Here the form's state drops such
 * empty entries whenever it is set, so the map holds exactly the errors shown on screen (newer
 * form-js prunes them the same way).
 *
 * form-js is reached through the webpack runtime the webapps share (their chunk list): the module
 * that defines the form (the one with "_getSubmitData") exports the class Form. If a Camunda
 * upgrade changes that, nothing is patched and a message is written to the console.
 */

const ANTRIAN_WEBPACK = 'webpackChunkcamunda_bpm_webapp';

/** Whether an entry of the error map holds no error: null, or only empty entries. */
function kosong(nilai) {
  if (nilai === null || nilai === undefined) {
    return true;
  }
  if (typeof nilai === 'object') {
    return Object.values(nilai).every(kosong);
  }
  return false;
}

/** The error map without its empty entries (the same object when it has none). */
function rapikanGalat(galat) {
  if (!galat || typeof galat !== 'object' || !Object.values(galat).some(kosong)) {
    return galat;
  }
  const hasil = {};
  Object.entries(galat).forEach(([kunci, nilai]) => {
    if (!kosong(nilai)) {
      hasil[kunci] = nilai;
    }
  });
  return hasil;
}

function perbaikiForm(Form) {
  if (Form.prototype.__alurGalatDirapikan) {
    return;
  }
  const setStateAsli = Form.prototype._setState;
  Form.prototype._setState = function (state) {
    const rapi = state && state.errors ? { ...state, errors: rapikanGalat(state.errors) } : state;
    return setStateAsli.call(this, rapi);
  };
  Form.prototype.__alurGalatDirapikan = true;
}

function cariForm(wajibkan) {
  for (const id of Object.keys(wajibkan.m)) {
    const sumber = Function.prototype.toString.call(wajibkan.m[id]);
    if (!sumber.includes('_getSubmitData(){')) {
      continue;
    }
    const ekspor = wajibkan(id);
    const Form = Object.values(ekspor || {}).find((nilai) => typeof nilai === 'function' && nilai.prototype
      && typeof nilai.prototype._setState === 'function' && typeof nilai.prototype._getSubmitData === 'function');
    if (Form) {
      return Form;
    }
  }
  return null;
}

/* ---------------------------------------------------------------- notifications */

function amatiPita(pita) {
  const ukur = () => {
    const tinggi = pita.querySelector('.alert') ? pita.offsetHeight : 0;
    document.body.style.setProperty('--alur-pita-pemberitahuan', `${tinggi}px`);
  };
  new ResizeObserver(ukur).observe(pita);
  new MutationObserver(ukur).observe(pita, { childList: true, subtree: true, characterData: true });
  ukur();
}

function pasangPita() {
  const pita = document.querySelector('body > .page-notifications');
  if (pita) {
    amatiPita(pita);
    return;
  }
  const pengamat = new MutationObserver(() => {
    const muncul = document.querySelector('body > .page-notifications');
    if (muncul) {
      pengamat.disconnect();
      amatiPita(muncul);
    }
  });
  pengamat.observe(document.documentElement, { childList: true, subtree: true });
}

/* ---------------------------------------------------------------- dynamic lists */

try {
  pasangPita();
} catch (e) {
  console.error('Alur SOP formulir.js', e);
}

try {
  const antrian = window[ANTRIAN_WEBPACK];
  if (antrian && typeof antrian.push === 'function') {
    // a chunk of our own, so that the runtime hands us its require function
    antrian.push([['alur-sop-formulir'], {}, (wajibkan) => {
      const Form = wajibkan && wajibkan.m ? cariForm(wajibkan) : null;
      if (Form) {
        perbaikiForm(Form);
      } else {
        console.warn('Alur SOP formulir.js: form-js tidak ditemukan; daftar dinamis tidak diperbaiki');
      }
    }]);
  }
} catch (e) {
  console.error('Alur SOP formulir.js', e);
}

export default [];
