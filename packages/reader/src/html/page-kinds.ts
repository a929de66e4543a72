import type { DomDocument } from './dom.js';
import { removeAds } from './ads.js';
import { removeBotComments } from './bots.js';
import { removeJournalMatter } from './journal-matter.js';
import { removeCodeLabels } from './code-labels.js';
import { removeContactCards } from './contact-card.js';
import { removeEventPanels } from './event-panels.js';
import { removeAfterMarkedBody } from './marked-body.js';
import { removeOpinionCaption } from './opinion-caption.js';
import { removeReviewLines } from './review-lines.js';
import { removeVideoPanels } from './video-page.js';

/**
 * The furniture of particular kinds of page (round 11, after batch 12), run first in the furniture
 * pass: these rules read what the page declares (JSON-LD and microdata, removed with the scripts
 * later) and lines the name rules would take apart (an opinion's author line): a journal
 * article's back matter, an event page's info panels, a court opinion's caption, a video page's
 * panels, the data boxes after a marked body, ad slots, the labels of code boxes (read before the
 * `<pre>` goes), contact cards (round 12, read before the link rules take their lines apart) and the
 * chrome lines of review lists and threads (round 13), and the comments bots post in threads (round 21).
 */
export function removePageKindFurniture(doc: DomDocument): void {
  removeJournalMatter(doc);
  removeEventPanels(doc);
  removeOpinionCaption(doc);
  removeVideoPanels(doc);
  removeAfterMarkedBody(doc);
  removeAds(doc);
  removeCodeLabels(doc);
  removeContactCards(doc);
  removeReviewLines(doc);
  removeBotComments(doc);
}
