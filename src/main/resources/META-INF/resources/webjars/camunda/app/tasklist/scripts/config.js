/*
 * Alur SOP: Bahasa Indonesia by default (locales/id.json), English selectable; see ../alur/bahasa.js.
 * Dynamic lists in Camunda Forms repaired where Tasklist's form-js gets them wrong: ../alur/formulir.js.
 * Replaces Camunda's scripts/config.js of Tasklist (its keyboard shortcuts are kept).
 */
export default {
  // the header reads "Alur SOP Daftar Tugas" instead of "Camunda Tasklist"
  app: {
    name: 'Daftar Tugas',
    vendor: 'Alur SOP'
  },
  locales: {
    availableLocales: ['id', 'en'],
    fallbackLocale: 'id'
  },
  // the language, form-js fixes for dynamic lists and notifications (formulir), and the task view's
  // tab "Dokumen" (documents of the case, CSV uploads)
  customScripts: ['../alur/bahasa', '../alur/formulir', '../alur/dokumen'],

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'mengambil tugas yang sedang dipilih'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'memindahkan fokus ke filter pertama di daftar'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'memindahkan fokus ke tugas pertama di daftar'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'memindahkan fokus ke isian pertama di formulir tugas'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'membuka dialog untuk memulai proses'
    }
  }
};
