/*
 * Alur SOP: Bahasa Indonesia by default (locales/id.json), English selectable; see ../alur/bahasa.js.
 * Replaces Camunda's scripts/config.js of this app (which sets nothing but comments).
 */
export default {
  // the header reads "Alur SOP Pemantauan" instead of "Camunda Cockpit"
  app: {
    name: 'Pemantauan',
    vendor: 'Alur SOP'
  },
  locales: {
    availableLocales: ['id', 'en'],
    fallbackLocale: 'id'
  },
  customScripts: ['../alur/bahasa', '../alur/tautan']
};
