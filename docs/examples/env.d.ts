// What Vite gives the development-credentials example (`import.meta.env`).
interface ImportMetaEnv {
  readonly DEV: boolean;
  readonly VITE_COMETCHAT_AUTH_KEY?: string;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}
