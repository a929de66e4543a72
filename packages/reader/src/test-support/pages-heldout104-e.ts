import { links, ps, type TestPage, texts } from './page-kit.js';
import { wikiHatnotes } from './pages-heldout104-e2.js';

/**
 * Held-out batch 104, file e: a docs article on a Microsoft Learn-style ("docs.ms") template (the header and product nav,
 * the left table of contents with its version picker, breadcrumbs, the "Applies to:" paragraph with check-mark icons as the
 * first paragraph of the content, the page metadata with date and contributors, the "Feedback" button, the "In this
 * article" outline, a Note alert, a table, the "Feedback" / "Was this page helpful?" box, the "Additional resources" rail
 * and the footer with locale and theme pickers) and, from file e2, a MediaWiki (Vector 2022) article opened by hatnotes.
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' '));
const mTitle = 'Configure automatic backup retention';
const mApplies = 'Applies to: Tessera Server 2024 and later Tessera Cloud Database';
const mP1 = paras(`
Automatic backups protect your databases against accidental deletion, corruption and hardware failure. This article explains
how long Tessera keeps automatic backups, how to change the retention period for a database, and how retention affects your
storage costs.`);
const mH1 = 'How retention works';
const mP2 = paras(`
Tessera takes a full backup of each database once a week, a differential backup every 12 hours and a log backup every 10
minutes. Together these let you restore a database to any point in time within the retention period.

The default retention period is seven days. You can set it to any value between one and 35 days. Backups older than the
retention period are deleted automatically, and a database can't be restored to a point before the oldest remaining backup.`);
const mNote = 'Reducing the retention period deletes older backups at the next cleanup cycle, usually within 24 hours. This cannot be undone.';
const mH2 = 'Change the retention period';
const mP3 = paras(`
You can change the retention period in the portal, with the Tessera CLI or with the REST API. The change applies to the
database immediately, and new backups are kept for the new period.`);
const mSteps = [
  'In the portal, go to your server and select Databases.',
  'Select the database you want to change, then select Backups.',
  'Under Retention, enter the number of days to keep backups, and select Save.',
];
const mP4 = paras(`
To make the same change from the command line, run the following command, replacing the server and database names with your own:`);
const mCode = 'tessera db backup-policy set --server contoso-prod --name orders --retention-days 14';
const mH3 = 'Retention and storage costs';
const mP5 = paras(`
Backup storage up to the size of your databases is included at no extra cost. Beyond that, you pay for the additional
storage each month. Longer retention periods and databases with many changes produce more backup data. The table below shows
typical figures for a 100 GB database.`);
const mTable = [
  ['7 days', 'About 120 GB'],
  ['14 days', 'About 190 GB'],
  ['35 days', 'About 400 GB'],
];
const mTop = ['Learn', 'Documentation', 'Training', 'Q&A', 'Code Samples'];
const mProd = ['Tessera Server', 'Tessera Cloud', 'Tools', 'Reference'];
const mToc = ['Overview', 'Backup and restore', 'Configure automatic backup retention', 'Restore to a point in time', 'Long-term retention'];
const mCrumb = ['Learn', 'Tessera', 'Server', 'Backup and restore'];
const mRes = ['Restore a database to a point in time', 'Back up and restore with the Tessera CLI', 'Training: Protect your data with Tessera'];
const mFoot = ['Previous Versions', 'Blog', 'Contribute', 'Privacy', 'Terms of Use', 'Trademarks', '© Tessera 2025'];
const yes = '<img src="/media/applies-to/yes.svg" alt="" role="presentation">';
const mHtml = `<!DOCTYPE html>
<html class="layout layout-holy-grail show-table-of-contents conceptual show-breadcrumb default-focus" lang="en-us" dir="ltr" data-css-variable-support="true"
data-authenticated="false" data-target="docs"><head><meta charset="utf-8"><title>${mTitle} - Tessera Server | Tessera Learn</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="ms.date" content="04/11/2025"><meta name="ms.topic" content="how-to">
<meta name="monikers" content="tessera-server-2024"><meta name="monikers" content="tessera-server-2022"><meta name="description" content="${mP1[0]}">
<meta name="schema" content="Conceptual"><meta name="feedback_system" content="Standard">
<link rel="canonical" href="https://learn.tessera.example/en-us/server/backup/retention">
<script src="https://learn.tessera.example/_themes/docs.theme/master/en-us/_themes/global/deprecation.js"></script>
<script type="text/javascript" src="https://learn.tessera.example/static/third-party/adobe-analytics/2.27.0/alloy.min.js" defer></script></head>
<body lang="en-us" dir="ltr"><div class="header-holder layout-body-header">
<a href="#main" class="skip-to-main-link has-outline-color-text">Skip to main content</a>
<div id="headerAreaHolder" data-bi-name="header"><header role="banner" itemscope itemtype="http://schema.org/Organization">
<nav id="uhf-nav" aria-label="Global">
<a class="uhf-logo" href="/">Tessera</a><ul class="uhf-nav-list">${links(mTop, 'uhf-nav-item')}</ul>
<button class="button" data-bi-name="sign-in">Sign in</button></nav>
<nav id="site-header" class="c-uhfh-actions" aria-label="Product"><ul>${links(mProd, 'nav-bar-item')}</ul>
<form class="nav-bar-search-form"><input type="search" aria-label="Search" placeholder="Search"></form></nav></header></div></div>
<div class="mainContainer uhf-container has-default-focus" data-bi-name="body"><div class="columns has-large-gaps is-gapless-mobile">
<div id="left-container" class="left-container is-hidden-mobile column is-one-third-tablet is-one-quarter-desktop"><nav id="affixed-left-container"
class="margin-top-sm-tablet position-sticky display-flex flex-direction-column" aria-label="Primary"><div id="ms--toc-content">
<form class="moniker-picker" data-bi-name="moniker-picker" role="search"><label class="moniker-picker-label" for="moniker-picker-input">Version</label>
<button id="moniker-picker-input" class="button is-small moniker-picker-button" aria-haspopup="listbox">Tessera Server 2024</button>
<ul class="moniker-picker-menu" role="listbox" hidden><li role="option">Tessera Server 2024</li><li role="option">Tessera Server 2022</li>
<li role="option">Tessera Server 2019</li></ul></form><input type="search" placeholder="Filter by title" aria-label="Filter by title">
<ul class="tree table-of-contents">${links(mToc, 'tree-item')}</ul>
<a class="button" href="https://learn.tessera.example/server/tessera-server.pdf">Download PDF</a></div>
</nav></div><section class="primary-holder column is-two-thirds-tablet is-three-quarters-desktop"><div class="columns is-gapless-mobile has-large-gaps">
<div id="main-column" class="column is-full is-8-desktop"><main id="main" class="" role="main" data-bi-name="content" lang="en-us" dir="ltr">
<div id="article-header" class="background-color-body margin-top-sm-tablet margin-bottom-xs display-none-print"><div class="display-flex align-items-center">
<nav id="article-header-breadcrumbs" class="breadcrumbs" aria-label="Breadcrumb"><ol class="breadcrumbs-list">${links(mCrumb, 'breadcrumbs-item')}</ol></nav>
<div id="article-header-page-actions" class="opacity-none margin-left-auto"><button class="button button-clear button-sm" data-bi-name="contents-expand">
Table of contents</button><button class="button button-clear" data-bi-name="read-in-focus">Read in English</button>
<button class="button button-clear" data-bi-name="edit">Edit</button><button class="button button-clear" data-share-button>Share via</button></div></div></div>
<div id="ms--content-header"><div class="content"><h1 id="configure-automatic-backup-retention">${mTitle}</h1>
<div class="page-metadata-container display-flex gap-xxs justify-content-space-between flex-wrap-wrap">
<ul class="metadata page-metadata" data-bi-name="page info">
<li class="visibility-hidden-visual-diff"><span class="badge badge-sm text-wrap-pretty"><span>Article</span></span></li>
<li class="visibility-hidden-visual-diff">
<local-time format="twoDigitNumeric" datetime="2025-04-11T08:00:00.000Z" class="is-invisible">04/11/2025</local-time></li>
<li class="contributors-holder display-none-print"><button aria-label="View all contributors" class="contributors-button link-button">4 contributors</button>
</li></ul>
<div id="user-feedback" class="margin-block-xxs display-none-print"><button id="user-feedback-button" class="button button-sm button-clear" type="button">
<span class="icon" aria-hidden="true"></span><span>Feedback</span></button></div></div></div>
<nav id="center-doc-outline" class="doc-outline is-hidden-desktop display-none-print" data-bi-name="intopic toc">
<h2 id="ms--in-this-article">In this article</h2>
<ol><li><a href="#how-retention-works">${mH1}</a></li><li><a href="#change-the-retention-period">${mH2}</a></li>
<li><a href="#retention-and-storage-costs">${mH3}</a></li></ol></nav></div>
<div class="content"><p><strong>Applies to:</strong> ${yes} Tessera Server 2024 and later ${yes} Tessera Cloud Database</p>
${ps(mP1)}
<h2 id="how-retention-works">${mH1}</h2>
${ps(mP2)}
<div class="NOTE"><p>Note</p><p>${mNote}</p></div>
<h2 id="change-the-retention-period">${mH2}</h2>
${ps(mP3)}
<ol>${mSteps.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ol>
${ps(mP4)}
<pre><code class="lang-console">${mCode}</code></pre>
<h2 id="retention-and-storage-costs">${mH3}</h2>
${ps(mP5)}
<table><thead><tr><th>Retention period</th><th>Typical backup storage</th></tr></thead><tbody>
${mTable.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('\n')}</tbody></table>
</div>
<div class="feedback-section position-relative border-top padding-top-xs" data-bi-name="feedback-section"><h2 id="feedback">Feedback</h2>
<div class="display-flex flex-wrap-wrap align-items-center"><p class="font-weight-semibold margin-xxs margin-left-none">Was this page helpful?</p>
<button class="thumb-rating-button like" data-bi-name="button-rating-yes">Yes</button><button class="thumb-rating-button dislike">No</button></div></div>
</main></div>
<div id="ms--additional-resources" class="right-container column is-4-desktop display-none display-block-desktop" data-bi-name="pageactions"
role="complementary">
<h2 id="ms--additional-resources-heading">Additional resources</h2><ul>${links(mRes, 'card')}</ul></div></div></section></div></div>
<footer id="footer" data-bi-name="footer" class="footer-layout has-padding has-default-focus border-top uhf-container" role="contentinfo">
<div class="display-flex gap-xs flex-wrap-wrap is-full-height padding-right-lg-desktop"><a class="locale-selector-link button button-sm button-clear" href="#">
English (United States)</a><button class="button button-sm button-clear" data-bi-name="footer-privacy-choices">Your Privacy Choices</button>
<div class="dropdown"><button class="dropdown-trigger button button-clear button-sm" aria-expanded="false">Theme</button><div class="dropdown-menu" hidden>
<button>Light</button><button>Dark</button><button>High contrast</button></div></div></div><ul class="links" data-bi-name="footerlinks">${links(mFoot)}</ul>
</footer>
<script src="https://learn.tessera.example/_themes/docs.theme/master/en-us/_themes/scripts/6a8b2c.index-docs.js"></script></body></html>`;
const learnApplies: TestPage = {
  name: 'heldout104-learn-applies-to-docs',
  kind: 'docs',
  html: mHtml,
  // the "Applies to:" paragraph (the first paragraph of the content) and the version picker are furniture; the alert's
  // "Note" label is furniture, its text body; the step list items and table data cells are body; the "In this article"
  // outline repeats the headings and is left out; the page date is a byline
  title: mTitle,
  headings: [mH1, mH2, mH3],
  body: texts([...mP1, ...mP2, mNote, ...mP3, ...mSteps, ...mP4, ...mP5, ...mTable.flat()]),
  bylines: ['04/11/2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Tessera', ...mTop, 'Sign in', ...mProd, 'Version', 'Tessera Server 2024', 'Tessera Server 2022', 'Tessera Server 2019',
    ...mToc.filter((t) => t !== mTitle),
    'Download PDF', ...mCrumb, 'Table of contents', 'Read in English', 'Edit', 'Share via', 'Article', '4 contributors', 'Feedback', 'In this article',
    mApplies, 'Note', 'Was this page helpful?', 'Yes', 'No', 'Additional resources', ...mRes, 'English (United States)', 'Your Privacy Choices', 'Theme',
    'Light', 'Dark', 'High contrast', ...mFoot,
  ],
};

export const HELDOUT104_E: readonly TestPage[] = [learnApplies, wikiHatnotes];
