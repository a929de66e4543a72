import { type TestPage, texts } from './page-kit.js';
import { uniq } from './pages-heldout141-kit.js';
import * as nw from './pages-heldout141-f2.js';
import * as rt from './pages-heldout141-f3.js';

/**
 * Held-out batch 141, file f: a News24 (South Africa) news story (file f2) and an RTÉ News story (file f3).
 */
const news24: TestPage = {
  name: 'heldout141-news24-news',
  kind: 'news',
  html: nw.nwHtml,
  // the synopsis is body; the "READ |" link paragraphs inside the body are furniture
  title: nw.nwTitle,
  headings: [nw.nwH1],
  body: [nw.nwSynopsis, ...texts(nw.nwP1), ...texts(nw.nwP2)],
  bylines: ['Lindiwe Khumalo', 'News24', '15 Jan 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    ...nw.nwTop, ...nw.nwNav, ...nw.nwCrumbs, ...nw.nwListen, ...nw.nwTools, nw.nwCaption, nw.nwCredit, ...texts(nw.nwRead), 'Advertisement',
    ...nw.nwRelated, nw.nwDisclaimer, ...nw.nwApp, ...nw.nwTrending, ...nw.nwFoot, nw.nwCopy, ...nw.nwCookie,
  ]),
};

const rte: TestPage = {
  name: 'heldout141-rtenews-news',
  kind: 'news',
  html: rt.rtHtml,
  // the "Read more:" links paragraph and the embedded video's caption and fallback text inside the body are furniture
  title: rt.rtTitle,
  headings: [],
  body: texts(rt.rtP),
  bylines: ['Updated / Wednesday, 15 Jan 2025 16:21', 'Ciarán Moloney', 'Western Correspondent'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    ...rt.rtTop, 'Sign In', ...rt.rtSub, ...rt.rtShare, rt.rtCaption, 'Read more:', 'Storm Ailbhe: Latest updates',
    'Why storms are named and who picks the names', ...rt.rtVideo, 'Advertisement', ...rt.rtMost, ...rt.rtLatest, ...rt.rtFoot, rt.rtExternal,
    rt.rtCopy, ...rt.rtCookie,
  ]),
};

export const HELDOUT141_F: readonly TestPage[] = [news24, rte];
