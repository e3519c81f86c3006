// Every unit test gets a fresh in-memory IndexedDB (fake-indexeddb), the same API Dexie
// uses in the browser.
import 'fake-indexeddb/auto';
