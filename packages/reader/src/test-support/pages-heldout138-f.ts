import { type TestPage, texts } from './page-kit.js';
import { freshdeskArticle } from './pages-heldout138-f2.js';

/**
 * Held-out batch 138, file f: a Notion Help Center article on notion.com (the global navigation with its menus and
 * "Request a demo" / "Log in" / "Get Notion free", the help center bar with search, the category sidebar, breadcrumbs, the
 * description under the title, the "In this article" card, steps, a callout with its emoji, FAQ accordions whose questions
 * are h3s inside summary elements, "Was this resource helpful?", "Still need help?", related articles, the share row, the
 * big footer with the language picker and the cookie banner) and, from file f2, a Freshdesk knowledge-base article.
 */
const noTitle = 'Lock a page or database';
const noDesc = 'Stop accidental edits to pages and database structure by locking them, while still letting teammates read and comment 🔒';
const noP1 = [
  'When a page is shared with many people, it’s easy for someone to drag a block out of place or delete a paragraph without ' +
    'noticing. Locking a page turns off editing for everyone until someone with the right access unlocks it again. Locking isn’t ' +
    'a permission setting: it’s a safety catch that anyone with full access can turn on or off.',
];
const noH1 = 'Lock a page';
const noSteps = ['Open the page you want to lock.', 'Click <code>•••</code> at the top right of the page.', 'Turn on <code>Lock page</code>.'];
const noP2 = [
  'A <code>Locked</code> label appears at the top of the page. People with edit access can still click it to unlock the page for ' +
    'themselves, make their changes, and lock it again.',
];
const noCallout = '<strong>Note:</strong> Locking a page doesn’t lock its sub-pages. Each sub-page has its own lock setting.';
const noH2 = 'Lock a database';
const noP3 = ['Databases can be locked in two ways, and the difference is what stays editable.'];
const noList = [
  '<code>Lock views</code> stops people from changing the filters, sorts, groups and layout of every view, but they can still add ' + 'and edit entries.',
  '<code>Lock database</code> also stops changes to properties, so nobody can rename, delete or add a property. Entries stay editable.',
];
const noP4 = [
  'To use either one, open the database as a full page, click <code>•••</code> at the top right, and choose the option you want. ' +
    'To protect the entries themselves, lock each page in the database, or change the database’s permissions instead.',
];
const noH3 = 'Who can lock and unlock';
const noP5 = [
  'Anyone with <code>Full access</code> to a page can lock or unlock it. People with <code>Can edit</code> access can unlock a ' +
    'page temporarily while they work on it, but the page locks again when they leave. People with <code>Can comment</code> or ' +
    '<code>Can view</code> access can’t change the lock at all.',
];
const noH4 = 'FAQs';
const noFaq: [string, string][] = [
  ['Can I lock only part of a page?', 'Not at the moment. As a workaround, move the content you want to protect into a sub-page and lock that sub-page.'],
  [
    'Does locking stop someone from deleting the page?',
    'No. Anyone with full access can still move a locked page to trash. To prevent that, give people <code>Can edit</code> access ' +
      'instead of <code>Full access</code>.',
  ],
  [
    'Will my integrations still work on a locked page?',
    'Yes. Integrations and the API can still edit locked pages and databases, as long as they’ve been given access to them.',
  ],
];
const noNav = ['Product', 'Download', 'Solutions', 'Resources', 'Pricing'];
const noNavCta = ['Request a demo', 'Log in', 'Get Notion free'];
const noHelpBar = ['Help Center', 'Notion Academy', 'Guides', 'Contact support'];
const noSide = ['Get started', 'Write & edit', 'Notion AI', 'Data & integrations', 'Sharing & collaboration', 'Workspace & sidebar', 'Account & billing'];
const noSide2 = ['Security & privacy', 'Notion Mail', 'Notion Calendar', 'Notion Sites'];
const noCrumbs = ['Help Center', 'Sharing & collaboration'];
const noRelated = ['Sharing & permissions', 'Page history, backups & version control', 'Views, filters, sorts & groups'];
const noVote = ['Was this resource helpful?', 'Yes', 'No', 'Thanks for your feedback!'];
const noStill = ['Still need help?', 'Message support'];
const noShare = ['Share this article', 'Copy link'];
const noFoot: [string, string[]][] = [
  ['Company', ['About us', 'Careers', 'Security', 'Status', 'Terms & privacy', 'Your privacy rights']],
  ['Download', ['iOS & Android', 'Mac & Windows', 'Mail', 'Calendar', 'Web Clipper']],
  ['Resources', ['Help center', 'Blog', 'Community', 'Integrations', 'Templates', 'Partner programs']],
  ['Notion for', ['Enterprise', 'Small business', 'Personal']],
];
const noFootBottom = ['Explore more →', 'English (US)', 'Cookie settings', '© 2025 Notion Labs, Inc.'];
const noCookie =
  'We use cookies and similar technologies to run our site, understand how it’s used and improve your experience. You can ' +
  'accept all of them or only the ones we need.';
const noSlug = (t: string): string => t.toLowerCase().replace(/[^a-z]+/g, '-');
const noPs = (a: readonly string[]): string => a.map((p) => `<p class="helpArticle_paragraph__kW2eR">${p}</p>`).join('\n');
const noH = (t: string): string => `<h2 id="${noSlug(t)}" class="helpArticle_heading2__Nq4mC"><a href="#${noSlug(t)}" class="helpArticle_anchor__Rf8pL"
aria-hidden="true" tabindex="-1"></a>${t}</h2>`;
const noHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Lock a page or database – Notion Help Center</title><meta name="description" content="${noDesc}"/>
<meta property="og:title" content="Lock a page or database – Notion Help Center"/><meta property="og:site_name" content="Notion"/>
<link rel="canonical" href="https://www.notion.com/help/lock-pages-and-databases"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"${noFaq[0]![0]}",
"acceptedAnswer":{"@type":"Answer","text":"${noFaq[0]![1]}"}}]}</script>
<link rel="preload" href="/_next/static/css/3a9e2c1f7b5d4e80.css" as="style"/><link rel="stylesheet" href="/_next/static/css/3a9e2c1f7b5d4e80.css"/>
<script src="/_next/static/chunks/main-app-7d1f3a9c2e4b6f08.js" async=""></script></head>
<body class="__variable_1f3a9c"><div id="__next"><a class="skipLink_skipLink__Zx3pQ" href="#main">Skip to content</a>
<header class="globalNavigation_globalNavigation__q8Jb8" data-testid="global-navigation"><nav aria-label="Main" class="globalNavigation_nav__Kp2dW">
<a href="/" class="globalNavigation_logo__W3mVn" aria-label="Notion"><svg viewBox="0 0 120 126" width="28" height="28"></svg></a><ul
class="globalNavigation_menu__Hd8sT">
${noNav.map((t) => `<li><button class="globalNavigation_menuButton__bN6xF" aria-expanded="false" type="button">${t}</button></li>`).join('')}</ul>
<div class="globalNavigation_ctas__Lq5vR"><a href="/contact-sales" class="button_ghost__tP1aZ">${noNavCta[0]}</a><a href="/login"
class="button_ghost__tP1aZ">${noNavCta[1]}</a>
<a href="/signup" class="button_primary__Qw7nB">${noNavCta[2]}</a></div></nav></header>
<div class="helpCenterBar_bar__Tm4yQ"><nav aria-label="Help Center" class="helpCenterBar_links__aR9dK">${noHelpBar
  .map((t) => `<a href="/help/${noSlug(t)}">${t}</a>`)
  .join('')}</nav><form role="search" class="helpSearch_form__Vn2cE"><label class="visually-hidden" for="help-search">Search</label>
<input id="help-search" type="search" placeholder="Search for answers" autocomplete="off"/></form></div>
<div class="helpLayout_layout__Yc7tM"><aside class="helpLayout_sidebar__Bq3wP"><nav aria-label="Help categories"><ul>
${[...noSide, ...noSide2]
  .map(
    (t) => `<li class="${t === 'Sharing & collaboration' ? 'helpSidebar_active__Jd2sE' : ''}"><a
href="/help/category/${noSlug(t)}">${t.replace(/&/g, '&amp;')}</a></li>`,
  )
  .join('\n')}
</ul></nav></aside><main id="main" class="helpLayout_main__Hw5rF"><nav aria-label="Breadcrumb" class="breadcrumbs_breadcrumbs__Sf4xK"><ol>
${noCrumbs.map((t) => `<li><a href="/help/${noSlug(t)}">${t.replace(/&/g, '&amp;')}</a></li>`).join('<li aria-hidden="true">/</li>')}</ol></nav>
<article class="helpArticle_article__Ud8kN"><header class="helpArticle_header__Ls1pR"><h1 class="helpArticle_title__Cg5vT">${noTitle}</h1>
<p class="helpArticle_description__Xe3bM">${noDesc}</p></header>
<div class="tableOfContents_card__Pa6wQ"><p class="tableOfContents_title__Gk2nV">In this article</p><ul>
${[noH1, noH2, noH3, noH4].map((t) => `<li><a href="#${noSlug(t)}">${t}</a></li>`).join('')}</ul></div>
<div class="helpArticle_body__Mz9qS">
${noPs(noP1)}
${noH(noH1)}
<ol class="helpArticle_numberedList__Rw4jT">${noSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<figure class="helpArticle_image__Df7bK"><img src="https://www.notion.com/_next/image?url=%2Fhelp%2Flock-page.png&amp;w=1920&amp;q=75" alt="Lock page toggle
in the ••• menu"
loading="lazy" width="1440" height="900"/></figure>
${noPs(noP2)}
<div class="callout_callout__Nb4eS" role="note"><span class="callout_icon__Hj2wA" aria-hidden="true">💡</span><div
class="callout_content__Kx8tL">${noPs([noCallout])}</div></div>
${noH(noH2)}
${noPs(noP3)}
<ul class="helpArticle_bulletedList__Tc5mX">${noList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${noPs(noP4)}
${noH(noH3)}
${noPs(noP5)}
${noH(noH4)}
<div class="faq_list__Qm3rZ">${noFaq
  .map(
    ([q, a]) => `<details class="faq_item__Lp8dH"><summary class="faq_summary__Wv2bC"><h3 class="faq_question__Zr6tN">${q}</h3>
<span class="faq_chevron__Ys1kP" aria-hidden="true"></span></summary><div class="faq_answer__Fd4gJ">${noPs([a])}</div></details>`,
  )
  .join('\n')}</div></div></article>
<section class="helpFeedback_feedback__Vr3sX"><p class="helpFeedback_question__Ah2dE">${noVote[0]}</p><button type="button">${noVote[1]}</button>
<button type="button">${noVote[2]}</button><p class="helpFeedback_thanks__Gn7cL" hidden>${noVote[3]}</p></section>
<section class="helpSupport_support__Ke5pW"><h2>${noStill[0]}</h2><a href="/help/contact-support" class="button_secondary__Jm1vS">${noStill[1]}</a></section>
<section class="relatedArticles_related__Ux4tH"><h2>Related articles</h2><ul>${noRelated
  .map((t) => `<li><a href="/help/${noSlug(t)}" class="relatedArticles_card__Bf9nQ"><h3>${t.replace(/&/g, '&amp;')}</h3></a></li>`)
  .join('')}</ul></section>
<div class="shareRow_share__Dp3mE"><span>${noShare[0]}</span><button type="button" aria-label="Copy link">${noShare[1]}</button>
<a href="https://twitter.com/intent/tweet?url=x" aria-label="Share on X"></a><a href="https://www.linkedin.com/sharing/share-offsite/?url=x"
aria-label="Share on LinkedIn"></a>
</div></main></div>
<footer class="globalFooter_footer__Rz8yA"><div class="globalFooter_columns__Mt2wK">${noFoot
  .map(
    ([h, ls]) =>
      `<div><h4 class="globalFooter_heading__Lx6aC">${h}</h4><ul>${ls
        .map(
          (t) => `<li><a
href="/${noSlug(t)}">${t.replace(/&/g, '&amp;')}</a></li>`,
        )
        .join('')}</ul></div>`,
  )
  .join('\n')}</div><div class="globalFooter_bottom__Qe3vR"><a href="/product">${noFootBottom[0]}</a><button type="button" class="globalFooter_locale__Ws9pT">
${noFootBottom[1]}</button><button type="button">${noFootBottom[2]}</button><p>${noFootBottom[3]}</p></div></footer>
<div class="cookieBanner_banner__Kf2dN" role="dialog" aria-label="Cookie banner"><p>${noCookie}</p><button type="button">Accept all</button>
<button type="button">Reject non-essential</button><button type="button">Cookie settings</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"lock-pages-and-databases","locale":"en-US"}},"page":"/help/[slug]"}</script>
</body></html>`;
const notionHelp: TestPage = {
  html: noHtml,
  name: 'heldout138-notion-help-docs',
  kind: 'docs',
  // the description under the title is body; the callout is body (its emoji in neither list); the FAQ questions are h3
  // headings inside summary elements and their answers are body; "In this article" entries that repeat gold are left out
  title: noTitle,
  headings: [noH1, noH2, noH3, noH4, ...noFaq.map(([q]) => q)],
  body: texts([noDesc, ...noP1, ...noSteps, ...noP2, noCallout, ...noP3, ...noList, ...noP4, ...noP5, ...noFaq.map(([, a]) => a)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...noNav, ...noNavCta, ...noHelpBar, 'Search', ...noSide, ...noSide2, 'In this article', ...noVote, ...noStill,
    'Related articles', ...noRelated, ...noShare, ...noFoot.flatMap(([h, ls]) => [h, ...ls]), ...noFootBottom, noCookie, 'Accept all',
    'Reject non-essential',
  ],
};

export const HELDOUT138_F: readonly TestPage[] = [notionHelp, freshdeskArticle];
