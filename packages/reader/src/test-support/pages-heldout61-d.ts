import type { TestPage } from './page-kit.js';
import { obsidianPublish } from './pages-heldout61-d2.js';

/**
 * Held-out batch 61, file d: an Outline document shared publicly with its child documents, as the browser has rendered it
 * (styled-components class names, the shared sidebar with the team logo and name, a search field and the document tree, the
 * header with breadcrumb, the title h1 and the read-only ProseMirror editor: an author paragraph, a notice block, headings
 * with fold buttons and anchors, a bullet list and a checkbox list; the "Contents" panel and the Outline branding link, the
 * noscript message and the env script).
 */
const olTitle = 'Checkout outage, 14 October 2025';
const olAuthors = 'Written by Mina Haddad and Joel Fraser · Reviewed 21 October 2025';
const olNotice =
  'This review is blameless. It describes what our systems and people did, not who was at fault, and we have shared it publicly ' +
  'because several customers asked us what happened.';
const olH1 = 'Summary';
const olSummary =
  'For 47 minutes on Tuesday 14 October, customers could add items to their basket but could not pay. About 1,900 checkout ' +
  'attempts failed in that time. No payment was taken twice and no card details were exposed, but around 310 customers did ' +
  'not come back to complete their orders that day.';
const olH2 = 'Timeline';
const olTimeLead = 'All times are British Summer Time.';
const olTimeline = [
  '11:02 A configuration change raising the connection limit on the payments database is deployed.',
  '11:06 Checkout errors start to climb. The first customer email arrives at 11:09.',
  '11:21 The on-call engineer is paged by the error-rate alert, whose threshold had been set too high to fire earlier.',
  '11:38 The configuration change is identified as the likely cause and rolled back.',
  '11:49 The checkout error rate is back to normal.',
];
const olH3 = 'What went wrong';
const olWrong = [
  'The new connection limit was higher than the database’s memory could support. Under the normal lunchtime load, the database ' +
    'began refusing new connections, and the payment service treated each refusal as a declined card rather than a temporary ' +
    'error. Customers were told that their card had been declined, which is why so many of them tried a second card before giving up.',
  'The change had been tested on the staging database, which has four times as much memory as production because it was ' +
    'resized for an experiment last spring and never scaled back.',
];
const olH4 = 'What went well';
const olWell =
  'Customer support noticed the pattern in incoming emails quickly and posted in the incident channel before the alert fired. ' +
  'The rollback itself took under two minutes once the cause was known.';
const olH5 = 'Follow-up actions';
const olActions = [
  'Resize the staging database to match production (done 16 October)',
  'Treat connection errors from the database as retryable in the payment service',
  'Lower the checkout error-rate alert threshold from 20% to 5%',
  'Stop showing the declined-card message for errors on our side',
];
const olRoot = 'Incident reviews';
const olTree = [olRoot, olTitle, 'Search indexing delays, August 2025', 'Email bounce spike, June 2025', 'How we write incident reviews'];
const olHead = (h: string): string => {
  const id = `h-${h.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    `<h2 dir="auto"><button class="heading-fold" contenteditable="false" aria-label="Collapse"><svg fill="currentColor" width="24" height="24" ` +
    `viewBox="0 0 24 24"><path d="M8 10l4 4 4-4z"></path></svg></button><span class="heading-content"><a id="${id}" class="heading-name" ` +
    `href="#${id}" contenteditable="false"></a>${h}</span><span class="heading-actions" contenteditable="false"><a class="heading-anchor" ` +
    `href="#${id}" title="Copy link to heading" aria-label="Copy link to heading"></a></span></h2>`
  );
};
const olCheck = (t: string, done: boolean): string =>
  `<li class="checkbox_item${done ? ' checked' : ''}" data-type="checkbox_item"><span contenteditable="false" class="checkbox${done ? ' checked' : ''}" ` +
  `aria-checked="${done}" role="checkbox" tabindex="-1"></span><p dir="auto">${t}</p></li>`;
const olHtml = `<!DOCTYPE html>
<html lang="en" class="light">
<head>
<meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" /><meta name="referrer" content="origin-when-cross-origin" />
<title>${olTitle}</title>
<meta name="description" content="For 47 minutes on Tuesday 14 October, customers could add items to their basket but could not pay." />
<meta name="robots" content="noindex, nofollow" /><link rel="canonical" href="https://docs.pebbleandpine.example/s/5f8c1e2a/doc/checkout-outage-Wb3kL9" />
<link rel="shortcut icon" type="image/png" href="https://docs.pebbleandpine.example/api/attachments.redirect?id=7ac2" sizes="32x32" />
<link rel="stylesheet" href="/static/assets/index.B1xQ4pZ2.css"
/><script type="module" crossorigin src="/static/assets/index.D9fLw1Tn.js" nonce="Ue3k"></script>
<style data-styled="active" data-styled-version="5.3.11">.hKLxfV{display:flex;flex-direction:column;min-height:100%;}.bUoQWe{font-size:14px;}
.kYzXcA{position:sticky;top:0;}</style>
</head>
<body>
<div id="root"><div class="sc-bcXHqe hKLxfV"><div class="sc-gswNZR dNbGvR">
<div class="sc-dkrFOg bWKCFd sidebar" role="navigation"><div class="sc-hLBbgP dHrjXd">
<a href="/s/5f8c1e2a" class="sc-eDvSVe jBvZuq"><span class="sc-jSUZER fxvuEe"><img src="https://docs.pebbleandpine.example/api/attachments.redirect?id=4be1"
 alt="Pebble &amp; Pine" width="24" height="24"></span><span class="sc-gKPRtg bUoQWe">Pebble &amp; Pine</span></a>
<div class="sc-iveFHk kXbzNn"><input type="search" placeholder="Search…" aria-label="Search" class="sc-cyRfQX lbNqJq" value=""></div>
<nav class="sc-bjUoiL eHhTGZ" aria-label="Shared documents"><ul class="sc-ehvNnt ifDWtd" role="tree">
<li role="treeitem" aria-expanded="true"><a href="/s/5f8c1e2a" class="sc-fnykZs kVTlZJ"><span class="sc-fEXmlR bSzIgx">${olRoot}</span></a>
<ul role="group">${olTree
  .slice(1)
  .map(
    (t, i) =>
      `<li role="treeitem"><a href="/s/5f8c1e2a/doc/d${i}" class="sc-fnykZs kVTlZJ${i === 0 ? ' active' : ''}" ` +
      `${i === 0 ? 'aria-current="page"' : ''}><span class="sc-fEXmlR bSzIgx">${t}</span></a></li>`,
  )
  .join('')}</ul></li></ul></nav>
</div></div>
<main class="sc-ftTHYK fvItRM"><div class="sc-kMjNwy hzLpIp" role="region" aria-label="Document">
<div class="sc-bBABsx kYzXcA header"><div class="sc-iAEawV dJPeSr"><nav class="sc-cCsOjp gKsbQv breadcrumb"><a href="/s/5f8c1e2a"
 class="sc-bZkfAO gDbsKe">${olRoot}</a></nav></div><div class="sc-ciZhAO bKtnPw"><button type="button" aria-label="Contents" class="sc-jdAMXn cjQgUO"><svg
 fill="currentColor" width="24" height="24" viewBox="0 0 24 24"><path d="M5 7h14v2H5zm0 4h10v2H5zm0 4h14v2H5z"></path></svg></button><button type="button"
 aria-label="Switch to dark" class="sc-jdAMXn cjQgUO"><svg fill="currentColor" width="24" height="24" viewBox="0 0 24 24"><path d="M12 3a9 9 0 1 0 9
9"></path></svg></button></div></div>
<div class="sc-eJDSGI kVfbJW document"><div class="sc-jTrPJq jsKVmD"><h1 dir="auto" data-testid="document-title" class="sc-dPyBCJ gWmLBy"
 aria-label="Title" contenteditable="false">${olTitle}</h1></div>
<div class="sc-bZnhIo eDmiPz"><div class="ProseMirror ProseMirror-readonly" contenteditable="false" translate="no" role="textbox" aria-readonly="true"
 aria-multiline="true" data-editor="true" dir="ltr">
<p dir="auto"><em>${olAuthors}</em></p>
<div class="notice-block info" dir="auto"><div contenteditable="false" class="icon"><svg fill="currentColor" width="24" height="24" viewBox="0 0 24 24"><path
 d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20"></path></svg></div><div class="content"><p dir="auto">${olNotice}</p></div></div>
${olHead(olH1)}
<p dir="auto">${olSummary}</p>
${olHead(olH2)}
<p dir="auto">${olTimeLead}</p>
<ul class="bullet_list" dir="auto">${olTimeline.map((t) => `<li><p dir="auto"><strong>${t.slice(0, 5)}</strong> ${t.slice(6)}</p></li>`).join('')}</ul>
${olHead(olH3)}
<p dir="auto">${olWrong[0]}</p>
<p dir="auto">${olWrong[1]}</p>
${olHead(olH4)}
<p dir="auto">${olWell}</p>
${olHead(olH5)}
<ul class="checkbox_list" dir="auto">${olActions.map((t, i) => olCheck(t, i === 0)).join('')}</ul>
<p dir="auto"><br class="ProseMirror-trailingBreak"></p>
</div></div></div>
<div class="sc-fLcnxK bJqsEd contents" aria-label="Contents"><h3 class="sc-jfvxQR hdQxkV">Contents</h3><ol class="sc-iFwKgL eoBGqI">${[
  olH1,
  olH2,
  olH3,
  olH4,
  olH5,
]
  .map((h) => `<li><a href="#h-${h.toLowerCase().replace(/[^a-z]+/g, '-')}">${h}</a></li>`)
  .join('')}</ol></div>
</div></main>
<a href="https://www.getoutline.com?ref=sharelink" class="sc-hBxehG gYmDhD branding" target="_blank" rel="noopener noreferrer"><svg width="20" height="20"
 viewBox="0 0 64 64"><path d="M32 0L0 16v32l32 16 32-16V16z"></path></svg>&nbsp;Outline</a>
</div></div></div>
<div id="portal"></div>
<noscript><div style="margin: 20px; text-align: center;"><h1>Outline</h1><p>Outline requires JavaScript to run, please enable it in your
 browser.</p></div></noscript>
<script nonce="Ue3k">window.env = {"URL":"https://docs.pebbleandpine.example","APP_NAME":"Outline","ENVIRONMENT":"production","SHARE_ID":"5f8c1e2a"};</script>
</body>
</html>
`;
const outline: TestPage = {
  html: olHtml,
  name: 'heldout61-outline',
  kind: 'wiki',
  // the title h1 is the title and the h2s the headings; the notice block (a callout of the document's own), the paragraphs, the
  // timeline (its times in bold are part of each item) and the checkbox list are body; the italic "Written by ... Reviewed ..."
  // line at the top of the document is its author line: a byline, although it is written in the editor like any paragraph;
  // the shared sidebar (team name, search, document tree whose current item is the title), breadcrumb, the "Contents" panel
  // (its items are the headings: left out), the "Outline" branding link and the noscript message are furniture
  title: olTitle,
  headings: [olH1, olH2, olH3, olH4, olH5],
  body: [olNotice, olSummary, olTimeLead, ...olTimeline, ...olWrong, olWell, ...olActions],
  bylines: [olAuthors],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Pebble & Pine', olRoot, ...olTree.slice(2), 'Contents', 'Outline', 'Outline requires JavaScript to run, please enable it in your browser.',
  ],
};

export const HELDOUT61_D: readonly TestPage[] = [outline, obsidianPublish];
