/*
 * Alur SOP: the webapps (Welcome, Tasklist, Cockpit, Admin) in Bahasa Indonesia by default,
 * English on request. Loaded by every app's scripts/config.js as a custom script, before the
 * app starts:
 *
 *  - the language: the apps take the browser's first language if they have it; here that is the
 *    language chosen with the switch in the footer (stored in localStorage), Indonesian unless
 *    English was chosen;
 *  - Camunda Forms (form-js) in Tasklist: its validation messages are English and hard-coded
 *    ("Field must match pattern ^[0-9]{16}$."); they are replaced by Indonesian ones, and a
 *    pattern error by the field's own message (form property "pesanPola", the same message the
 *    server gives); dates in the form are entered as dd/mm/yyyy with Indonesian month names;
 *    the buttons of a dynamic list (one group of fields per row) are Indonesian too;
 *  - a user without first and last name is shown by login, never as "null null".
 */

const KUNCI_BAHASA = 'alur-sop.bahasa';
const BAHASA = { id: 'Indonesia', en: 'English' };

const bahasa = bahasaTerpilih();
const indonesia = bahasa === 'id';

function bahasaTerpilih() {
  try {
    const pilihan = window.localStorage.getItem(KUNCI_BAHASA);
    return Object.prototype.hasOwnProperty.call(BAHASA, pilihan) ? pilihan : 'id';
  } catch (e) {
    return 'id';
  }
}

// The apps read navigator.languages[0] (then navigator.language) once, when they start.
for (const [nama, nilai] of [['languages', [bahasa]], ['language', bahasa]]) {
  try {
    Object.defineProperty(window.navigator, nama, { configurable: true, get: () => nilai });
  } catch (e) {
    // the browser's own language stays; the app then falls back to Indonesian
  }
}
document.documentElement.setAttribute('lang', bahasa);

/* ---------------------------------------------------------------- language switch */

function pasangPilihanBahasa() {
  const zona = document.getElementById('footer-timezone');
  if (!zona || document.getElementById('alur-bahasa')) {
    return;
  }
  const kotak = document.createElement('div');
  kotak.id = 'alur-bahasa';
  kotak.className = 'alur-bahasa';
  kotak.appendChild(document.createTextNode(indonesia ? 'Bahasa: ' : 'Language: '));
  Object.entries(BAHASA).forEach(([kode, nama], i) => {
    if (i > 0) {
      kotak.appendChild(document.createTextNode(' · '));
    }
    const tautan = document.createElement(kode === bahasa ? 'strong' : 'a');
    tautan.textContent = nama;
    tautan.setAttribute('lang', kode);
    tautan.setAttribute('data-bahasa', kode);
    if (kode !== bahasa) {
      tautan.href = '#';
      tautan.addEventListener('click', (event) => {
        event.preventDefault();
        window.localStorage.setItem(KUNCI_BAHASA, kode);
        window.location.reload();
      });
    }
    kotak.appendChild(tautan);
  });
  zona.appendChild(kotak);
}

/* ---------------------------------------------------------------- dates */

function gunakanFormatTanggalIndonesia() {
  // form-js derives the date field's format from the browser's default locale (mm/dd/yyyy in
  // an English browser); a clerk in Indonesia writes dd/mm/yyyy.
  const Asli = Intl.DateTimeFormat;
  function DateTimeFormat(locales, options) {
    const lokal = locales === undefined || locales === 'default' ? 'id-ID' : locales;
    return new Asli(lokal, options);
  }
  DateTimeFormat.prototype = Asli.prototype;
  DateTimeFormat.supportedLocalesOf = Asli.supportedLocalesOf.bind(Asli);
  Intl.DateTimeFormat = DateTimeFormat;
}

let kalenderDiterjemahkan = false;

function terjemahkanKalender() {
  if (kalenderDiterjemahkan || !indonesia || !window.flatpickr || !window.flatpickr.localize) {
    return;
  }
  kalenderDiterjemahkan = true;
  window.flatpickr.localize({
    weekdays: {
      shorthand: ['Min', 'Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab'],
      longhand: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu']
    },
    months: {
      shorthand: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
      longhand: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September',
        'Oktober', 'November', 'Desember']
    },
    firstDayOfWeek: 1,
    ordinal: () => '',
    time_24hr: true,
    rangeSeparator: ' - ',
    weekAbbreviation: 'Mg',
    scrollTitle: 'Gulir untuk menambah',
    toggleTitle: 'Klik untuk beralih',
    yearAriaLabel: 'Tahun',
    monthAriaLabel: 'Bulan',
    hourAriaLabel: 'Jam',
    minuteAriaLabel: 'Menit'
  });
}

/* ---------------------------------------------------------------- form messages */

// component id -> its properties.pesanPola, from every form schema Tasklist fetched
const pesanPola = new Map();

function catatSkemaFormulir() {
  const fetchAsli = window.fetch.bind(window);
  window.fetch = function (input, init) {
    const hasil = fetchAsli(input, init);
    const url = typeof input === 'string' ? input : (input && input.url) || '';
    if (/\/deployed-(start-)?form(\?|$)/.test(url)) {
      hasil.then((jawaban) => jawaban.clone().json()).then(catatKomponen).catch(() => {});
    }
    return hasil;
  };
}

function catatKomponen(skema) {
  (skema && skema.components || []).forEach((komponen) => {
    const pesan = komponen.properties && komponen.properties.pesanPola;
    if (komponen.id && pesan) {
      pesanPola.set(komponen.id, pesan);
    }
    catatKomponen(komponen);
  });
}

const PESAN = [
  [/^Field is required\.$/, () => 'Wajib diisi.'],
  [/^Field must have minimum value of (.+)\.$/, (m) => `Nilai paling kecil ${m[1]}.`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `Nilai paling besar ${m[1]}.`],
  [/^Field must have minimum length of (.+)\.$/, (m) => `Paling sedikit ${m[1]} karakter.`],
  [/^Field must have maximum length of (.+)\.$/, (m) => `Paling banyak ${m[1]} karakter.`],
  [/^Field must be a valid\s+international phone number/,
    () => 'Nomor telepon harus dalam format internasional, misalnya +6281234567890.'],
  [/^Field must be a valid email\.$/, () => 'Alamat email tidak valid.'],
  [/^Value is not a number\.$/, () => 'Nilai harus berupa angka.'],
  [/^Value is expected to be an integer\.$/, () => 'Nilai harus berupa bilangan bulat.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/,
    (m) => `Paling banyak ${m[1]} angka di belakang koma.`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (m) => `Pilih nilai yang sah; dua nilai terdekat yang sah adalah ${m[1]} dan ${m[2]}.`]
];

function terjemahkanGalat(teks, elemenGalat) {
  if (/^Field must match pattern /.test(teks)) {
    return pesanPolaUntuk(elemenGalat) || 'Isian tidak sesuai dengan format yang diminta.';
  }
  for (const [pola, pesan] of PESAN) {
    const cocok = pola.exec(teks);
    if (cocok) {
      return pesan(cocok);
    }
  }
  return null;
}

// form-js gives the error list the id "fjs-form-<formId>-<componentId>[_<index>]-error-message"
function pesanPolaUntuk(elemenGalat) {
  const id = elemenGalat && elemenGalat.id || '';
  for (const [komponen, pesan] of pesanPola) {
    if (id.includes(`-${komponen}-error-message`) || id.includes(`-${komponen}_`)) {
      return pesan;
    }
  }
  return null;
}

function terjemahkanFormulir() {
  document.querySelectorAll('.fjs-form-field-error li').forEach((butir) => {
    const teks = butir.textContent.trim();
    const terjemahan = terjemahkanGalat(teks, butir.closest('.fjs-form-field-error'));
    if (terjemahan && terjemahan !== teks) {
      // change the text node in place: Preact keeps it and rewrites it only when the error changes
      const simpul = butir.firstChild;
      if (simpul && simpul.nodeType === Node.TEXT_NODE) {
        simpul.data = terjemahan;
      } else {
        butir.textContent = terjemahan;
      }
    }
  });
  document.querySelectorAll('.fjs-form input[placeholder="Search"]').forEach((isian) => {
    isian.setAttribute('placeholder', 'Cari');
  });
  terjemahkanDaftar();
}

// form-js writes the buttons of a dynamic list in English: "Add new", "Collapse",
// "Expand all (n)", and the label "Remove list item n" of a row's delete button
const TOMBOL_DAFTAR = [
  [/^Add new$/, () => 'Tambah baris'],
  [/^Collapse$/, () => 'Ciutkan'],
  [/^Expand all \((\d+)\)$/, (m) => `Tampilkan semua (${m[1]})`]
];

function terjemahkanDaftar() {
  document.querySelectorAll('.fjs-repeat-render-footer button').forEach((tombol) => {
    tombol.childNodes.forEach((simpul) => {
      if (simpul.nodeType !== Node.TEXT_NODE) {
        return;
      }
      const teks = simpul.data.trim();
      for (const [pola, terjemahan] of TOMBOL_DAFTAR) {
        const cocok = pola.exec(teks);
        if (cocok) {
          simpul.data = terjemahan(cocok);
          return;
        }
      }
    });
  });
  document.querySelectorAll('.fjs-repeat-row-remove[aria-label^="Remove list item "]').forEach((tombol) => {
    const nomor = tombol.getAttribute('aria-label').replace('Remove list item ', '');
    tombol.setAttribute('aria-label', `Hapus baris ${nomor}`);
    tombol.setAttribute('title', `Hapus baris ${nomor}`);
  });
}

// The engine puts an English prefix with the task's or the definition's id (which has colons:
// key:version:id) before the server's Indonesian message.
const AWALAN_MESIN = /^(Cannot submit task form|Cannot instantiate process definition) \S+: /;

function rapikanPemberitahuan() {
  document.querySelectorAll('.page-notifications .message, .notifications .message').forEach((pesan) => {
    pesan.childNodes.forEach((simpul) => {
      if (simpul.nodeType === Node.TEXT_NODE && AWALAN_MESIN.test(simpul.data.trim())) {
        simpul.data = simpul.data.trim().replace(AWALAN_MESIN, '');
      }
    });
  });
}

// Words Camunda wrote into its templates instead of taking them from the translations
const TEKS_TETAP = [['thead .actions', 'Actions', 'Tindakan']];

function terjemahkanTeksTetap() {
  TEKS_TETAP.forEach(([pemilih, asli, terjemahan]) => {
    document.querySelectorAll(pemilih).forEach((elemen) => {
      elemen.childNodes.forEach((simpul) => {
        if (simpul.nodeType === Node.TEXT_NODE && simpul.data.trim() === asli) {
          simpul.data = terjemahan;
        }
      });
    });
  });
}

/* ---------------------------------------------------------------- user name */

let login = null;
let loginDiminta = false;

function perbaikiNamaPengguna() {
  const tombol = document.querySelector('[cam-widget-header] .account .dropdown-toggle');
  if (!tombol) {
    return;
  }
  tombol.childNodes.forEach((simpul) => {
    if (simpul.nodeType !== Node.TEXT_NODE || !/\bnull\b/.test(simpul.data)) {
      return;
    }
    const nama = simpul.data.replace(/\bnull\b/g, '').replace(/\s+/g, ' ').trim();
    if (nama) {
      simpul.data = ` ${nama} `;
    } else if (login) {
      simpul.data = ` ${login} `;
    } else if (!loginDiminta) {
      loginDiminta = true;
      const base = document.querySelector('base');
      const akar = base && base.getAttribute('app-root') || '';
      fetch(`${akar}/api/admin/auth/user/default`, { credentials: 'same-origin' })
        .then((jawaban) => jawaban.json())
        .then((pengguna) => {
          login = pengguna.userId;
          perbaikiNamaPengguna();
        })
        .catch(() => {});
    }
  });
}

/* ---------------------------------------------------------------- */

let terjadwal = false;

function periksa() {
  if (terjadwal) {
    return;
  }
  terjadwal = true;
  window.requestAnimationFrame(() => {
    terjadwal = false;
    pasangPilihanBahasa();
    terjemahkanKalender();
    if (indonesia) {
      terjemahkanFormulir();
      rapikanPemberitahuan();
      terjemahkanTeksTetap();
    }
    perbaikiNamaPengguna();
  });
}

// A failure here must never stop the app from starting (it imports this module before it starts).
try {
  if (indonesia) {
    gunakanFormatTanggalIndonesia();
  }
  catatSkemaFormulir();
  new MutationObserver(periksa).observe(document.documentElement, {
    childList: true, subtree: true, characterData: true
  });
  periksa();
} catch (e) {
  console.error('Alur SOP bahasa.js', e);
}

export default [];
