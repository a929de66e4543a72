import type { TestPage } from './page-kit.js';
import { hexdocsPage } from './pages-heldout174-c2.js';
import { erlangPage } from './pages-heldout174-c3.js';

/**
 * Held-out batch 174, file c: a HexDocs module page (ExDoc sidebar with Pages and Modules tabs, top search and settings, View Source, moduledoc,
 * Summary, types and function details, footer with Hex links; file c2) and an Erlang/OTP system guide page on erlang.org (ExDoc with the OTP version
 * menu, guide sidebar, a Tip admonition, prev/next page buttons and footer; file c3).
 */
export const HELDOUT174_C: readonly TestPage[] = [hexdocsPage, erlangPage];
