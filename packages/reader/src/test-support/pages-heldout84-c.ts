import { type TestPage, texts } from './page-kit.js';
import * as tn from './pages-heldout84-c2.js';
import * as npr from './pages-heldout84-c3.js';

/**
 * Held-out batch 84, file c: a small-town daily's story on TownNews BLOX CMS (file c2, invented paper) and an NPR story page
 * with its primary audio module and transcript link (file c3, invented reporter and facts).
 */
const townNews: TestPage = {
  html: tn.tnHtml,
  name: 'heldout84-townnews-blox-local-news',
  kind: 'news',
  // the subhead is body and the "HARLAN SPRINGS —" dateline is part of the first paragraph; "By ... Staff Writer", the date
  // and the "Updated" date are bylines; the kicker, share bar, caption and photo credit, the "Support Local Journalism" promo
  // (with its hidden "{{featured_button_text}}"), tags, author card, comment guidelines, Most Popular, the hidden nav drawer
  // and the footer are furniture
  title: tn.tnTitle,
  headings: [tn.tnH1, tn.tnH2],
  body: texts([tn.tnDek, ...tn.tnP1, ...tn.tnP2, ...tn.tnP3, ...tn.tnP4]),
  bylines: ['By Rhea Moran Staff Writer', 'Nov 11, 2025', 'Updated Nov 12, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...tn.tnTop, ...tn.tnNav, 'Local News', ...tn.tnShare, tn.tnCaption, tn.tnPhoto, ...tn.tnSupport, 'Tags', ...tn.tnTags,
    ...tn.tnAuthor, 'Follow Rhea Moran', ...tn.tnRules, 'Load comments', 'Stories', 'Videos', 'Most Popular', ...tn.tnPopular, 'Contact Information',
    ...tn.tnAddress, 'Services', ...tn.tnFoot, '© 2025 The Prairie Ledger', tn.tnPowered,
  ],
};

const nprStory: TestPage = {
  html: npr.nprHtml,
  name: 'heldout84-npr-audio-story-news',
  kind: 'news',
  // the reporter, the date and time and "Heard on Morning Edition" are bylines; the slug, audio module buttons (with the
  // hidden embed box), caption, "hide caption" / "toggle caption", credit, sponsor message, inset related story, newsletter
  // widget, share buttons, More Stories and the footer are furniture
  title: npr.nprTitle,
  headings: [],
  body: texts([...npr.nprP1, ...npr.nprP2, ...npr.nprP3]),
  bylines: ['Ella Moravec', 'November 12, 2025', '5:04 AM ET', 'Heard on Morning Edition'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...npr.nprNav, 'Listen Live', 'Donate', 'Shots - Health News', ...npr.nprAudio, 'Close', npr.nprCaption, 'hide caption',
    'toggle caption', npr.nprCredit, 'Sponsor Message', 'Become an NPR sponsor', 'Health', npr.nprInset, ...npr.nprNews, 'Subscribe', 'Flipboard', 'Email',
    'More Stories From NPR', ...npr.nprMore, ...npr.nprFootCols.flatMap(([h, items]) => [h, ...items.filter((t) => !npr.nprNav.includes(t))]),
    ...npr.nprLegal, '© 2025 npr',
  ],
};

export const HELDOUT84_C: readonly TestPage[] = [townNews, nprStory];
