import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 156, file b2: a Dropbox Help Center article as saved (the help header with search, "Sign in" and
 * "Get app", the category navigation, breadcrumbs, the "Updated" date, the plan availability callout at the top of the
 * article, the device tabs with hidden panels, the "Was this article helpful?" widget, "Related articles", "Community
 * answers" with reply counts, "Other ways to get help", the cookie banner and the footer with its language picker).
 */
const dbTitle = 'Restore a folder to an earlier point in time';
const dbPlan =
  'Folder rewind is available to customers on Dropbox Plus, Essentials, Business, and Business Plus plans. ' + '<a href="/plans">Learn how to upgrade</a>.';
const dbIntro = [
  'Folder rewind lets you roll back a single folder, and everything inside it, to how it looked at a specific date and ' +
    'time. It’s useful when a synced app renames hundreds of files, when someone moves a shared project into the wrong ' +
    'place, or when files are encrypted by ransomware.',
  'Rewinding a folder doesn’t affect anything outside it. Files you added to the folder after the point you rewind to are ' +
    'moved to deleted files, where you can still recover them for the length of your version history.',
];
const dbH1 = 'How to rewind a folder';
const dbWeb = [
  'Sign in to dropbox.com.',
  'Click <strong>All files</strong> in the left sidebar.',
  'Hover over the folder you’d like to rewind and click the <strong>…</strong> (ellipsis) icon.',
  'Click <strong>Activity</strong>, then <strong>Rewind this folder</strong>.',
  'Pick a date on the calendar. Each bar on the timeline shows a change, so you can choose a moment just before the problem.',
  'Click <strong>Continue</strong>, review the summary, and click <strong>Rewind</strong>.',
];
const dbHiddenDesktop = ['Open the Dropbox folder on your computer, right-click the folder, and choose <strong>Rewind this folder</strong>.'];
const dbH2 = 'How long rewinding takes';
const dbP2 = [
  'Small folders usually finish within a minute. Folders with tens of thousands of files can take several hours, and ' +
    'you’ll get an email when the rewind is complete. You can keep working in other folders while it runs.',
  'While a rewind is in progress, the folder is read-only for everyone who has access to it. Shared folder members see a ' +
    'banner explaining that the folder is being restored.',
];
const dbH3 = 'Things to know before you rewind';
const dbList = [
  'You can rewind up to the limit of your version history: 30 days on Plus and Essentials, 180 days on Business and Business Plus.',
  'Only the owner of a shared folder, or an admin on a team account, can rewind it.',
  'Rewinding a shared folder changes it for every member, so let collaborators know before you start.',
  'Paper docs and shortcuts to other folders are restored, but the folders they point to are not.',
];
const dbH4 = 'Undo a rewind';
const dbP4 = [
  'If you picked the wrong moment, you can rewind the folder again. Every rewind is recorded as a change, so the folder’s ' +
    'timeline will show a point just before your last rewind that you can return to.',
];
const dbCats = [
  'Installs & integrations',
  'Account access',
  'Account settings',
  'Billing & payments',
  'Files & folders',
  'Share & collaborate',
  'Security & privacy',
  'Organize',
];
const dbRelated = ['Recover deleted files or folders', 'How to restore a previous version of a file', 'What is version history?'];
const dbCommunity: [string, string][] = [
  ['Rewind greyed out on a shared folder', '3 replies'],
  ['Can I rewind only part of a folder?', '7 replies'],
  ['Rewind stuck at 90 percent for two days', '12 replies'],
];
const dbFootCols: [string, string[]][] = [
  ['Dropbox', ['Desktop app', 'Mobile apps', 'Integrations', 'Features', 'Solutions', 'Security', 'Early access', 'Templates']],
  ['Products', ['Plus', 'Professional', 'Essentials', 'Business', 'Enterprise', 'Dropbox Transfer', 'Dropbox Sign', 'Plans']],
  ['Company', ['About us', 'Sustainability', 'Jobs', 'Press', 'Investor relations', 'Blog']],
  ['Support', ['Help Center', 'Contact us', 'Cookies & CCPA preferences', 'Privacy & terms', 'Sitemap']],
  ['Community', ['Referrals', 'Forum']],
];
const dbCookie =
  'We use cookies to provide, improve, protect and promote our services. Visit our Privacy Policy and Privacy Policy FAQs ' +
  'to learn more. You can manage your personal preferences, including your right to opt out, at any time.';
const dbFootNames = dbFootCols.flatMap(([h, l]) => [h, ...l]).filter((t) => t !== 'Help Center' && t !== 'Dropbox');
const dbLi = (items: readonly string[]): string => items.map((t) => `<li class="dig-Step">${t}</li>`).join('\n');
const dbHtml = `<!DOCTYPE html>
<html lang="en" class="maestro"><head><meta charset="utf-8"><title>${dbTitle} - Dropbox Help</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Roll a folder back to a date and time.">
<meta property="og:title" content="${dbTitle}"><meta property="og:site_name" content="Dropbox Help Center">
<link rel="canonical" href="https://help.dropbox.com/delete-restore/folder-rewind">
<link rel="stylesheet" href="https://cfl.dropboxstatic.example/static/css/help.css">
<script nonce="h4xk2">window.__REGISTER_HELP_CENTER__ = { locale: 'en', articleId: 'folder-rewind', experiments: {} };</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","name":"${dbTitle}","dateModified":"2025-10-14"}</script></head>
<body class="help-center"><div id="root">
<header class="hc-header" role="banner"><a class="hc-header__logo" href="https://help.dropbox.com/"><span class="dig-Logo" aria-label="Dropbox"></span>
<span class="hc-header__title">Help Center</span></a><form class="hc-search" role="search"><input type="search" aria-label="Search Help Center"
placeholder="Search help articles"></form><div class="hc-header__actions"><a class="dig-Button" href="https://www.dropbox.com/login">Sign in</a>
<a class="dig-Button dig-Button--primary" href="https://www.dropbox.com/install">Get app</a></div></header>
<nav class="hc-categories" aria-label="Categories"><ul>${links(dbCats, 'hc-categories__item')}</ul></nav>
<main id="main" class="hc-main"><nav class="hc-breadcrumbs" aria-label="breadcrumb"><ol><li><a href="/">Help Center</a></li>
<li><a href="/delete-restore">Delete and restore</a></li></ol></nav>
<div class="hc-article-grid"><article class="hc-article" itemscope itemtype="https://schema.org/Article">
<h1 class="hc-article__title dig-Title" itemprop="headline">${dbTitle}</h1>
<p class="hc-article__updated"><time datetime="2025-10-14">Updated Oct 14, 2025</time></p>
<div class="hc-article__body" itemprop="articleBody">
<div class="hc-plan-callout dig-Banner" role="note"><p>${dbPlan}</p></div>
<p>${dbIntro[0]}</p>
<p>${dbIntro[1]}</p>
<h2>${dbH1}</h2>
<div class="hc-tabs" role="tablist"><button role="tab" aria-selected="true">dropbox.com</button>
<button role="tab" aria-selected="false">Desktop app</button></div>
<div class="hc-tabpanel" role="tabpanel"><ol>
${dbLi(dbWeb)}
</ol></div>
<div class="hc-tabpanel" role="tabpanel" hidden><ol>
${dbLi(dbHiddenDesktop)}
</ol></div>
<h2>${dbH2}</h2>
<p>${dbP2[0]}</p>
<p>${dbP2[1]}</p>
<h2>${dbH3}</h2>
<ul>
${dbList.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
<h2>${dbH4}</h2>
<p>${dbP4[0]}</p>
</div>
<div class="hc-feedback"><h2 class="hc-feedback__title">Was this article helpful?</h2><button class="dig-Button">Yes</button>
<button class="dig-Button">No</button></div>
</article>
<aside class="hc-rail"><section class="hc-rail__section"><h2>Related articles</h2><ul>${links(dbRelated)}</ul></section>
<section class="hc-rail__section"><h2>Community answers</h2><ul>
${dbCommunity.map(([t, n]) => `<li><a href="https://dropboxforum.example/t/${n}">${t}</a><span class="hc-rail__count">${n}</span></li>`).join('\n')}
</ul><a href="https://www.dropboxforum.example/">Go to the Dropbox Community</a></section>
<section class="hc-rail__section"><h2>Other ways to get help</h2><ul><li><a href="/contact">Contact us</a></li>
<li><a href="https://www.dropboxforum.example/">Ask the Community</a></li><li><a href="https://x.example/dropboxsupport">Tweet us @DropboxSupport</a></li>
</ul></section></aside></div></main>
<footer class="hc-footer dig-Footer" role="contentinfo"><div class="hc-footer__cols">
${dbFootCols.map(([h, l]) => `<div><h3 class="hc-footer__heading">${h}</h3><ul>${links(l)}</ul></div>`).join('\n')}
</div><button class="hc-footer__locale" aria-haspopup="listbox">English (United States)</button></footer>
<div class="ccpa-banner" role="region" aria-label="Cookie banner"><p>${dbCookie}</p>
<button class="dig-Button">Customize</button><button class="dig-Button">Decline</button><button class="dig-Button dig-Button--primary">Accept all</button></div>
</div><script src="https://cfl.dropboxstatic.example/static/js/help-center/main.9c3a.js" defer></script></body></html>`;
export const dropboxPage: TestPage = {
  html: dbHtml,
  name: 'heldout156-dropbox-help-docs',
  kind: 'docs',
  // the plan callout at the top of the article body is furniture (a plan/upgrade notice), the "Updated" date a byline, the
  // hidden "Desktop app" tab panel is in neither list; "Sign in" and the "dropbox.com" tab are words of a short step,
  // and so is the footer heading "Dropbox"
  title: dbTitle,
  headings: [dbH1, dbH2, dbH3, dbH4],
  body: texts([...dbIntro, ...dbWeb, ...dbP2, ...dbList, ...dbP4]),
  bylines: ['Updated Oct 14, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Help Center', 'Get app', ...dbCats, 'Delete and restore', texts([dbPlan])[0] ?? '',
    'Was this article helpful?', 'Yes', 'No', 'Related articles', ...dbRelated, 'Community answers', ...dbCommunity.flat(),
    'Go to the Dropbox Community', 'Other ways to get help', 'Ask the Community', 'Tweet us @DropboxSupport', ...dbFootNames,
    'English (United States)', dbCookie, 'Customize', 'Decline', 'Accept all',
  ],
};
