/*
 * Alur SOP: Bahasa Indonesia by default (locales/id.json), English selectable; see ../alur/bahasa.js.
 * Replaces Camunda's scripts/config.js of this app (which sets nothing but comments).
 */
export default {
  // the header reads "Alur SOP Administrasi" instead of "Camunda Admin"
  app: {
    name: 'Administrasi',
    vendor: 'Alur SOP'
  },
  locales: {
    availableLocales: ['id', 'en'],
    fallbackLocale: 'id'
  },
  customScripts: ['../alur/bahasa', '../alur/tautan']
};
