import type { TestPage } from './page-kit.js';
import { zigPage } from './pages-heldout174-e2.js';
import { luaPage } from './pages-heldout174-e3.js';

/**
 * Held-out batch 174, file e: the Zig language reference saved at its Optionals section (version links, the long table of contents, "§" anchors, file
 * and shell captions; file e2) and the Lua 5.4 reference manual saved at section 2.5 (old-style HTML with logo heading, authors line, copyright, menu
 * bar and the "Last update" footer; file e3).
 */
export const HELDOUT174_E: readonly TestPage[] = [zigPage, luaPage];
