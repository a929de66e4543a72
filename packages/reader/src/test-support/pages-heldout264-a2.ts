import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, uniq } from './pages-heldout264-kit.js';

/**
 * Held-out batch 264, file a2: a Microsoft Learn-style how-to article (UHF header, the cookie consent banner, the
 * breadcrumbs, the metadata line with the date and contributor count, "In this article", a note alert, a table, the
 * "Feedback" block, "Additional resources" and the footer with the theme and locale pickers).
 */
const mTitle = 'Configure conditional sync for Fernbook workspaces';
const mIntro = [
  j(
    'Conditional sync lets administrators decide which notebooks in a Fernbook workspace are copied to members\u2019 devices.',
    'Instead of syncing every notebook, you define rules based on sensitivity labels, notebook size and device type. Members',
    'still see every notebook in the list, but only notebooks that match a rule are available offline.',
  ),
  'This article describes the prerequisites, the rule types and the steps to turn conditional sync on for a workspace.',
];
const mH = ['Prerequisites', 'Rule types', 'Turn on conditional sync', 'Check the result', 'Next steps'] as const;
const mPre = [
  'You need the Fernbook Administrator role or the Workspace Owner role for the workspace.',
  'The workspace must use the current storage format. Workspaces created before 2024 need to be upgraded first.',
  'Members\u2019 devices must run Fernbook client version 7.4 or later. Older clients ignore the rules and sync every notebook.',
];
const mRulesIntro = ['Each workspace can have up to 20 rules. Rules are evaluated from top to bottom, and the first rule that matches a notebook wins.'];
const mRows = [
  ['Label', 'Syncs notebooks that carry one of the sensitivity labels you choose.'],
  ['Size', 'Syncs notebooks below a size limit, from 50 MB to 2 GB.'],
  ['Device', 'Syncs notebooks only to managed devices, or only to desktop devices.'],
];
const mAlert = j(
  'A notebook that matches no rule is not synced. If you want a fallback, add a last rule of type <b>Size</b> with the largest',
  'limit, so that every remaining notebook is synced to devices with enough space.',
);
const mSteps = [
  'Go to the Fernbook admin center and select <b>Workspaces</b>.',
  'Select the workspace, then select <b>Settings</b> &gt; <b>Sync</b>.',
  'Set <b>Conditional sync</b> to <b>On</b>.',
  'Select <b>Add rule</b>, choose the rule type, and fill in the values. Repeat for each rule you need.',
  'Use the arrows to put the rules in the order you want them evaluated, then select <b>Save</b>.',
];
const mAfter = [
  j(
    'Changes reach members\u2019 devices the next time the client checks in, which usually happens within an hour. Notebooks',
    'that no longer match a rule are removed from the device, but unsynced edits are uploaded first.',
  ),
];
const mCheck = [
  j(
    'Open the <b>Sync report</b> for the workspace to see how many notebooks each rule matched and how many devices have',
    'applied the new rules. A device that shows <b>Pending</b> for more than a day is usually offline or on an old client.',
  ),
];
const mNext = ['Manage sensitivity labels in Fernbook', 'Upgrade a workspace to the current storage format'];
const mNav = ['Learn', 'Documentation', 'Training', 'Credentials', 'Q&A', 'Code Samples', 'Shows'];
const mCrumbs = ['Learn', 'Fernbook for business', 'Administration', 'Workspace management'];
const mToc = ['Prerequisites', 'Rule types', 'Turn on conditional sync', 'Check the result', 'Next steps'];
const mSideToc = ['Fernbook admin documentation', 'Overview of workspaces', 'Create a workspace', 'Conditional sync rules', 'Retention and deletion'];
const mRes = ['Sync notebooks on managed devices', 'Troubleshoot Fernbook client sync', 'Training: Administer Fernbook workspaces'];
const mFoot = ['Previous Versions', 'Blog', 'Contribute', 'Privacy', 'Terms of Use', 'Trademarks', '© Kestrelsoft 2026'];
const mHtml = `<!DOCTYPE html>
<html class="layout layout-holy-grail show-table-of-contents conceptual has-default-focus theme-light" lang="en-us" dir="ltr"
data-css-variable-support="true" data-authenticated="false" data-auth-status-determined="false" data-target="docs" x-ms-format-detection="none">
<head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta property="og:title" content="${mTitle} - Fernbook" /><meta property="og:type" content="website" />
<meta name="author" content="tmoreau-ks" /><meta name="ms.author" content="tmoreau" /><meta name="ms.date" content="03/03/2026" />
<meta name="ms.topic" content="how-to" /><meta name="ms.service" content="fernbook" /><meta name="document_id" content="6a1f0e3d-55c2" />
<meta name="description" content="Define rules that decide which notebooks in a Fernbook workspace sync to members' devices." />
<title>${mTitle} - Fernbook | Kestrelsoft Learn</title>
<link rel="stylesheet" href="/static/assets/0.4.030.1234/styles/site-ltr.css" />
<script>var msDocs = {environment: {hasHeader: true, hasFooter: true, theme: 'light'}, data: {userLocale: 'en-us', pageTemplate: 'Conceptual'}};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${mTitle}","dateModified":"2026-03-03"}</script>
</head><body lang="en-us" dir="ltr"><div class="header-holder has-default-focus"><a href="#main" class="skip-to-main-link">Skip to main content</a>
<div hidden id="cookie-consent-holder" data-test-id="cookie-consent-container" role="alert"><div class="wcp-consent-banner">
<p>We use optional cookies to improve your experience on our websites, such as through social media connections, and to display
personalized advertising based on your online activity.</p><button class="consent-accept">Accept</button><button class="consent-reject">Reject</button>
<button class="consent-manage">Manage cookies</button></div></div>
<div id="headerAreaHolder" data-bi-name="header"><header role="banner" itemscope="itemscope" itemtype="http://schema.org/Organization">
<div class="nav-bar"><a class="nav-bar-brand" href="https://www.kestrelsoft.example">Kestrelsoft</a><span class="nav-bar-title">Learn</span></div>
<nav id="ms--site-navigation" aria-label="site"><ul class="nav-bar-menu">${links(mNav.slice(1), 'nav-bar-item')}</ul></nav>
<form class="nav-bar-search" role="search"><input type="search" aria-label="Search" placeholder="Search" /></form>
<a class="nav-bar-profile" href="/signin">Sign in</a></header></div>
<div class="content-header uhf-container has-padding has-default-focus border-bottom-none" data-bi-name="content-header">
<nav id="article-header-breadcrumbs" class="breadcrumbs" role="navigation" aria-label="Breadcrumb"><ol class="breadcrumbs-list">
${links(mCrumbs, 'breadcrumbs-item')}</ol></nav><div class="content-header-controls"><button class="contents-button">Table of contents</button>
<button class="ap-exit-focus-mode">Exit focus mode</button></div></div></div>
<div class="mainContainer uhf-container has-default-focus" data-bi-name="body"><div class="columns has-large-gaps is-gapless-mobile">
<div id="left-container" class="left-container is-hidden-mobile column is-one-third-tablet is-one-quarter-desktop"><nav id="affixed-left-container"
class="margin-top-sm-tablet position-sticky display-flex flex-direction-column" aria-label="Primary"><form class="filter"><input type="search"
placeholder="Filter by title" /></form><ul class="tree">${links(mSideToc, 'tree-item')}</ul>
<a class="download-pdf" href="/fernbook/opbuildpdf/admin/toc.pdf">Download PDF</a></nav></div>
<section class="primary-holder column is-two-thirds-tablet is-three-quarters-desktop"><div class="columns is-gapless-mobile has-large-gaps">
<div id="main-column" class="column is-full is-8-desktop"><main id="main" class="" role="main" data-bi-name="content" lang="en-us" dir="ltr">
<div class="content "><h1 id="configure-conditional-sync">${mTitle}</h1>
<div class="page-metadata-container display-flex justify-content-space-between flex-wrap-wrap"><div class="margin-right-xxs">
<ul class="metadata page-metadata" data-bi-name="page info" lang="en-us" dir="ltr"><li>Article</li>
<li><local-time format="twoDigitNumeric" datetime="2026-03-03T08:00:00.000Z" class="is-invisible">03/03/2026</local-time></li>
<li class="contributors-holder"><a href="https://github.example/KestrelsoftDocs/fernbook-docs/blob/main/admin/conditional-sync.md">3 contributors</a></li></ul>
</div><div class="display-flex gap-xxs"><button class="feedback-button">Feedback</button></div></div>
<nav id="center-doc-outline" class="doc-outline is-hidden-desktop" data-bi-name="intopic toc" aria-label="In this article">
<h2 id="ms--in-this-article" class="title is-6 margin-block-xs">In this article</h2><ol>${links(mToc)}</ol></nav>
<!-- <content> -->
${ps(mIntro)}
<h2 id="prerequisites">${mH[0]}</h2>
<ul>${lis(mPre)}</ul>
<h2 id="rule-types">${mH[1]}</h2>
${ps(mRulesIntro)}
<table aria-label="Table 1"><thead><tr><th>Rule type</th><th>What it does</th></tr></thead>
<tbody>${mRows.map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td></tr>`).join('\n')}</tbody></table>
<div class="NOTE"><p>Note</p><p>${mAlert}</p></div>
<h2 id="turn-on-conditional-sync">${mH[2]}</h2>
<ol>${lis(mSteps)}</ol>
${ps(mAfter)}
<h2 id="check-the-result">${mH[3]}</h2>
${ps(mCheck)}
<h2 id="next-steps">${mH[4]}</h2>
<ul>${mNext.map((t) => `<li><a href="./${t.length}.md">${t}</a></li>`).join('\n')}</ul>
<!-- </content> --></div>
<section class="feedback-section position-relative border-top padding-top-xs" data-bi-name="feedback-section"><h3 id="feedback">Feedback</h3>
<p>Was this page helpful?</p><button class="thumb-rating" data-bi-name="button-rating-yes">Yes</button>
<button class="thumb-rating" data-bi-name="button-rating-no">No</button>
<p><a href="https://github.example/KestrelsoftDocs/fernbook-docs/issues">Provide product feedback</a></p></section></main></div>
<div id="ms--additional-resources" class="right-container column is-4-desktop display-none display-block-desktop" data-bi-name="pageactions"
role="complementary" aria-label="Additional resources"><h2 class="title is-6">Additional resources</h2><ul>${links(mRes)}</ul>
<h3 class="title is-6">In this article</h3><ol>${links(mToc)}</ol></div></div></section></div></div>
<footer id="footer" data-test-id="footer" data-bi-name="footer" class="footer-layout has-padding has-default-focus border-top uhf-container" role="contentinfo">
<div class="display-flex gap-xs flex-wrap-wrap is-full-height padding-right-lg-desktop"><a data-mscc-ic="false" class="locale-selector-link"
href="#">English (United States)</a><button class="button button-sm button-clear theme-control">Theme</button>
<a href="https://aka.kestrelsoft.example/yourcaliforniaprivacychoices">Your Privacy Choices</a></div>
<ul class="links" data-bi-name="footerlinks">${links(mFoot)}</ul></footer></body></html>`;
export const msLearn: TestPage = {
  name: 'heldout264-microsoft-learn-docs-howto',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: [...mH],
  body: texts([...mIntro, ...mPre, ...mRulesIntro, ...mRows.flat(), mAlert, ...mSteps, ...mAfter, ...mCheck, ...mNext]),
  bylines: ['03/03/2026', '3 contributors'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to main content', 'We use optional cookies to improve your experience on our websites', 'Accept', 'Reject', 'Manage cookies',
    'Kestrelsoft', ...mNav, 'Sign in', ...mCrumbs, 'Table of contents', 'Exit focus mode',
    ...mSideToc, 'Download PDF', 'Article', 'Feedback', 'In this article', 'Was this page helpful?', 'Provide product feedback',
    'Additional resources', ...mRes, 'English (United States)', 'Theme', 'Your Privacy Choices', ...mFoot,
  ]),
};
