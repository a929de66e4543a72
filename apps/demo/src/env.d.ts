/** File name of the on-device word-vector pack under dist/models/ (vite.config.ts `define`, from scripts/browser-pack.ts). */
declare const __BROWSER_PACK_FILE__: string;
