// The name of the app's IndexedDB database, apart from db.ts so that code which must not
// load Dexie (the case list's first read, first-case-list.ts) can name it too.
export const DB_NAME = 'terenski-zvezek';
