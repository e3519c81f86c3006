// Values Vite puts into the build (vite.config.ts `define`, VITE_* environment variables).
interface ImportMetaEnv {
  /** The version in package.json. */
  readonly VITE_APP_VERSION: string;
  /** Optional build label (CI or tests set it to tell two builds apart). */
  readonly VITE_BUILD_ID?: string;
}
