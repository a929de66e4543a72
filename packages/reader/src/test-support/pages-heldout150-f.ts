import type { TestPage } from './page-kit.js';
import { zendeskPage } from './pages-heldout150-f2.js';
import { ociPage } from './pages-heldout150-f3.js';

/**
 * Held-out batch 150, file f: a Zendesk Guide article with an "In this article" table of contents (file f2) and an
 * Oracle Help Center page of the OCI docs (file f3).
 */
export const HELDOUT150_F: readonly TestPage[] = [zendeskPage, ociPage];
