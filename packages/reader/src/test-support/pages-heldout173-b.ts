import { links, type TestPage, texts } from './page-kit.js';
import { slackPost } from './pages-heldout173-b2.js';
import { lis, pc } from './pages-heldout173-kit.js';

/**
 * Held-out batch 173, file b: a Dropbox Tech blog post (dropbox.tech on AEM: the OneTrust cookie banner, the header with
 * the topic nav and "Jobs", the "//"-prefixed byline, date and reading-time line, the post with an image caption and a
 * note box, the "// Tags" row, the "// Copy link" share, the "We’re hiring!" careers box, the "Related posts" cards and
 * the footer) and, from file b2, a Slack Engineering blog post.
 */
const dbTitle = 'How we rebuilt thumbnail generation without touching the upload path';
const dbP1 = [
  'When a user uploads a photo, they expect to see a thumbnail of it within a second or two, on every device where they are ' +
    'signed in. For most of the last decade those thumbnails came from a service we called Previewer, which ran on a fixed pool ' +
    'of machines and rendered images, PDFs and office documents on demand.',
  'Previewer worked, but it had become expensive and fragile. In this post we describe how we replaced it with a pipeline that ' +
    'renders thumbnails ahead of time, why we kept the old path running for a full year, and what we learned about migrating a ' +
    'system that every request depends on.',
];
const dbH1 = 'The trouble with rendering on demand';
const dbP2 = [
  'On-demand rendering meant that the first request for any thumbnail paid the full cost of decoding the file. For a 40-megapixel ' +
    'photo that could take 800 milliseconds; for a large spreadsheet, several seconds. Because traffic follows the working day, ' +
    'the pool had to be sized for the Monday morning peak and sat mostly idle overnight.',
  'Worse, a single malformed file could tie up a renderer until it timed out. A few times a year a burst of such files, often from ' +
    'one misbehaving scanner app, was enough to slow down thumbnails for everyone.',
];
const dbH2 = 'Rendering ahead of time';
const dbP3 = [
  'The new pipeline listens to the same change journal that drives sync. When a new file version is committed, a small job is ' +
    'queued to render the three thumbnail sizes our clients actually request. Jobs run on shared batch capacity, so the cost ' +
    'follows uploads rather than page views, and the work can wait a few seconds when the fleet is busy.',
];
const dbList = [
  'Each file type has its own sandboxed renderer with a strict memory and time limit.',
  'A file that fails twice is marked and never retried automatically, so one bad upload cannot stall a queue.',
  'Thumbnails are written to the same block storage as file contents, keyed by content hash, so identical files share them.',
];
const dbNote = 'Note: thumbnails for files shared into a team space are rendered with the team’s retention settings, not the uploader’s.';
const dbCaption = 'Median time from upload to first thumbnail on desktop clients, before and after the migration.';
const dbH3 = 'Keeping the old path';
const dbP4 = [
  'We could not render thumbnails for the billions of files that already existed overnight, so Previewer stayed in place as a ' +
    'fallback. Clients asked the new store first and fell back to Previewer on a miss. A backfill worked through old files in ' +
    'order of how recently they had been viewed.',
  'After a year the fallback served fewer than one request in ten thousand, and we turned Previewer off in January. The shared ' +
    'batch capacity costs about a third of what the dedicated pool did, and the time from upload to first thumbnail fell from ' +
    '2.1 seconds to 0.6 at the median.',
];
const dbNav = ['Application', 'Culture', 'Front end', 'Infrastructure', 'Machine learning', 'Mobile', 'Security'];
const dbTags = ['Infrastructure', 'Performance', 'Migration', 'Storage'];
const dbHire = [
  'We’re hiring!',
  'Do you love solving hard problems at scale? Dropbox is looking for engineers who want to build the systems our users rely on every day.',
  'See open roles',
];
const dbRelated = [
  ['Infrastructure', 'Scaling the change journal to a trillion entries'],
  ['Security', 'Sandboxing file renderers with seccomp and a lot of patience'],
  ['Machine learning', 'Teaching search to understand what is in a photo'],
];
const dbFoot = ['Dropbox', 'About us', 'Careers', 'Privacy & terms', 'Cookies & CCPA preferences', 'Contact us', 'Work Blog'];
const dbCookie = [
  'We use cookies and similar technologies to improve our site, measure performance and show you relevant content. You can ' +
    'change your choices at any time in Cookie settings.',
  'Accept all',
  'Decline',
  'Customize',
];
const html = `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>${dbTitle} - Dropbox</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Replacing on-demand thumbnail rendering.">
<meta property="og:title" content="${dbTitle}"><meta property="og:site_name" content="dropbox.tech"><meta name="template" content="dr-article-page">
<link rel="canonical" href="https://dropbox.tech/infrastructure/rebuilding-thumbnail-generation">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${dbTitle}","datePublished":"2025-03-04",
"author":{"@type":"Person","name":"Ravindra Kulkarni"},"publisher":{"@type":"Organization","name":"Dropbox"}}</script>
<link rel="stylesheet" href="/etc.clientlibs/settings/wcm/designs/dropbox-tech/clientlib-site.min.css">
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="8c1f4a6e-tech" async></script></head>
<body class="dr-article-page page basicpage"><div class="root responsivegrid"><div class="aem-Grid aem-Grid--12">
<header class="dr-header"><div class="dr-header__container dr-container"><a class="dr-header__logo" href="/">
<img src="/cms/content/dam/dropbox/tech-blog/logo.svg"
alt="Dropbox.Tech"></a><nav class="dr-header__nav" aria-label="Topics"><ul class="dr-header__list">${links(dbNav, 'dr-header__item')}</ul></nav>
<a class="dr-button dr-button--secondary" href="https://jobs.dropbox.com/">Jobs</a></div></header>
<main class="dr-main"><article class="dr-article"><div class="dr-article-header dr-container">
<a class="dr-article-header__category dr-typography-t12" href="/infrastructure">Infrastructure</a>
<h1 class="dr-article-header__title dr-typography-t2">${dbTitle}</h1>
<div class="dr-article-header__meta dr-typography-t12"><span class="dr-article-header__author">// By Ravindra Kulkarni and Odile Fontaine</span>
<span class="dr-article-header__date">Mar 04, 2025</span><span class="dr-article-header__time">• 9 min read</span></div></div>
<div class="dr-article-content dr-container"><div class="text aem-GridColumn"><div class="dr-article-content__text dr-typography-t5">
${pc(dbP1, 'dr-typography-t5')}
<h2 class="dr-typography-t3">${dbH1}</h2>
${pc(dbP2, 'dr-typography-t5')}
<h2 class="dr-typography-t3">${dbH2}</h2>
${pc(dbP3, 'dr-typography-t5')}
<ul>${lis(dbList)}</ul></div></div>
<div class="image aem-GridColumn"><figure class="dr-image"><img src="/cms/content/dam/dropbox/tech-blog/en-us/2025/march/thumbs/chart.png"
alt="Bar chart of upload-to-thumbnail time"><figcaption class="dr-image__caption dr-typography-t12">${dbCaption}</figcaption></figure></div>
<div class="dr-note aem-GridColumn"><div class="dr-note__text dr-typography-t6"><p><i>${dbNote}</i></p></div></div>
<div class="text aem-GridColumn"><div class="dr-article-content__text dr-typography-t5">
<h2 class="dr-typography-t3">${dbH3}</h2>
${pc(dbP4, 'dr-typography-t5')}</div></div></div>
<div class="dr-article-footer dr-container"><div class="dr-article-tags"><span class="dr-article-tags__label dr-typography-t12">// Tags</span>
<ul class="dr-article-tags__list">${links(dbTags, 'dr-article-tags__item')}</ul></div>
<div class="dr-share"><button class="dr-share__copy" data-copy-url="https://dropbox.tech/infrastructure/rebuilding-thumbnail-generation">// Copy link</button>
<span class="dr-share__copied" aria-live="polite" hidden>Link copied</span></div></div></article>
<section class="dr-careers dr-container"><h2 class="dr-careers__title dr-typography-t3">${dbHire[0]}</h2><p class="dr-typography-t5">${dbHire[1]}</p>
<a class="dr-button dr-button--primary" href="https://jobs.dropbox.com/teams/engineering">${dbHire[2]}</a></section>
<section class="dr-related dr-container"><h2 class="dr-typography-t3">Related posts</h2><div class="dr-related__cards">
${dbRelated
  .map(
    ([c, t]) => `<div class="dr-card"><span class="dr-card__category dr-typography-t12">${c}</span><a class="dr-card__title"
href="/r">${t}</a></div>`,
  )
  .join('\n')}
</div></section></main>
<footer class="dr-footer"><div class="dr-container"><ul class="dr-footer__list">${links(dbFoot, 'dr-footer__item')}</ul>
<p class="dr-footer__legal">© 2025 Dropbox, Inc.</p></div></footer></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container">
<div id="onetrust-policy"><p id="onetrust-policy-text">${dbCookie[0]}</p></div><div id="onetrust-button-group-parent">
<button id="onetrust-accept-btn-handler">${dbCookie[1]}</button><button id="onetrust-reject-all-handler">${dbCookie[2]}</button>
<button id="onetrust-pc-btn-handler">${dbCookie[3]}</button></div></div></div></div>
<script src="/etc.clientlibs/settings/wcm/designs/dropbox-tech/clientlib-site.min.js"></script></body></html>`;
const dropbox: TestPage = {
  html,
  name: 'heldout173-dropbox-tech-blog',
  kind: 'blog',
  // the italic note box inside the post is the author's own text and is body; the figure caption, tags, copy-link and the
  // careers box are furniture; the category label above the title is also a nav item and a related card's label
  title: dbTitle,
  headings: [dbH1, dbH2, dbH3],
  body: texts([...dbP1, ...dbP2, ...dbP3, ...dbList, dbNote, ...dbP4]),
  bylines: ['// By Ravindra Kulkarni and Odile Fontaine', 'Mar 04, 2025', '• 9 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...dbNav, 'Jobs', dbCaption, '// Tags', 'Performance', 'Migration', 'Storage', '// Copy link', 'Link copied', ...dbHire, 'Related posts',
    ...dbRelated.map((r) => r[1] as string), ...dbFoot, '© 2025 Dropbox, Inc.', ...dbCookie,
  ],
};

export const HELDOUT173_B: readonly TestPage[] = [dropbox, slackPost];
