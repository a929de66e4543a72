import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout443-kit.js';

/**
 * Held-out batch 443, file e: a public GitHub Projects board (the GitHub header, the organisation's tabs, the project
 * header with its short description, view tabs, board columns with item counts and issue cards carrying repository
 * numbers, labels and assignees, the project details pane with the README) and a Linear-style public roadmap built with
 * Next.js (site header, hero, Now / Next / Later columns whose items carry status chips, vote counts and team tags, the
 * changelog promo, the subscribe box and the footer).
 */
const gOrg = 'saltmarsh-tide';
const gTitle = 'Tide tables 2.0';
const gShort = 'Rewriting the harbour tide-table generator so clubs can print their own monthly sheets.';
const gReadme = [
  j(
    'This board tracks the work on the second version of the tide-table generator. The old script only produced one',
    'fixed layout for the harbour office; sailing clubs, the lifeboat station and two schools have asked for their own.',
  ),
  j(
    'Pick an item from Ready, assign yourself and move it to In progress. If an item needs discussion first, leave it',
    'in Backlog and open a thread in Discussions. Every item must link to an issue or a pull request.',
  ),
  'We meet on the first Tuesday of the month in the harbour office at 7 pm; newcomers are welcome.',
  j(
    'The predictions must never be used for navigation on their own. Every sheet the generator prints carries the',
    'warning from the harbour office, and the tests compare a full year of output against the published tables to',
    'within two minutes and five centimetres. A change that breaks those tests is not merged, however tidy it is.',
  ),
];
const gCols: readonly (readonly [string, readonly (readonly [string, string, string])[]])[] = [
  [
    'Backlog',
    [
      ['Support metric and imperial heights on the same sheet', '#41', 'enhancement'],
      ['Welsh-language month and day names', '#44', 'i18n'],
    ],
  ],
  [
    'Ready',
    [
      ['Read harmonic constants from a CSV file instead of the code', '#38', 'refactor'],
      ['Add sunrise and sunset times to each day', '#40', 'enhancement'],
    ],
  ],
  [
    'In progress',
    [
      ['Render the monthly sheet to A4 PDF', '#35', 'enhancement'],
      ['Fix low water off by one hour in October', '#37', 'bug'],
    ],
  ],
  ['Done', [['Move the project to Python 3.12', '#31', 'chore']]],
];
const gCards = gCols.flatMap(([, cs]) => cs.map(([t]) => t));
const gMeta = gCols.flatMap(([, cs]) => cs.flatMap(([, n, l]) => [`tide-tables${n}`, l]));
const gNav = ['Overview', 'Repositories', 'Projects', 'Packages', 'People'];
const gHtml = `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark"><head><meta charset="utf-8">
<title>${gTitle} · @${gOrg}'s Board</title><meta name="viewport" content="width=device-width">
<meta property="og:title" content="${gTitle}"><meta property="og:site_name" content="GitHub"><meta property="og:description" content="${gShort}">
<link crossorigin="anonymous" rel="stylesheet" href="https://github.githubassets.example/assets/primer-7a1b.css">
<script type="application/json" id="memex-data">{"projectId":12,"isPublic":true,"views":["Board","Roadmap","Table"]}</script></head>
<body class="logged-out env-production page-responsive"><div class="logged-out env-production"><a href="#start-of-content"
class="px-2 py-4 color-bg-accent-emphasis show-on-focus js-skip-to-content">Skip to content</a>
<header class="HeaderMktg header-logged-out js-details-container js-header" role="banner"><div class="d-flex">
<nav aria-label="Global"><ul class="d-lg-flex list-style-none">
${links(['Product', 'Solutions', 'Resources', 'Open Source', 'Pricing'], 'HeaderMenu-item')}</ul></nav>
<a href="/login" class="HeaderMenu-link HeaderMenu-link--sign-in">Sign in</a><a href="/signup" class="HeaderMenu-link HeaderMenu-link--sign-up">Sign up</a>
</div></header>
<div id="start-of-content" class="show-on-focus"></div><main><div class="orghead"><div class="container-xl"><h2 class="h2 lh-condensed">Saltmarsh Tide</h2>
<nav class="UnderlineNav" aria-label="Organization"><ul class="UnderlineNav-body">${links(gNav, 'UnderlineNav-item')}</ul></nav></div></div>
<div id="memex-root" data-testid="memex-root"><div data-testid="project-header" class="Box-sc-g0xbh4-0 projectHeader">
<h1 data-testid="project-name" class="Heading__StyledHeading-sc-1c1dgg0-0">${gTitle}</h1>
<p data-testid="project-short-description" class="Text-sc-17v1xeu-0">${gShort}</p></div>
<nav data-testid="view-navigation" aria-label="Views"><ul role="tablist">${['Board', 'Roadmap', 'All items']
  .map((v, i) => `<li role="presentation"><a role="tab" aria-selected="${i === 0}" data-testid="view-navigation-view-tab-${i}">${v}</a></li>`)
  .join('')}</ul></nav>
<div data-testid="board-view" class="board-view"><div role="list" aria-label="Board columns">${gCols
  .map(
    ([name, cs]) => `<div data-testid="board-view-column" role="listitem" aria-label="${name}"><div data-testid="board-view-column-header">
<h3 class="column-name">${name}</h3><span data-testid="column-items-counter" class="Counter">${cs.length}</span></div>
<div data-testid="board-view-column-items">${cs
      .map(
        ([t, n, l]) => `<div data-testid="board-view-column-card" role="link"><div class="card-repo"><span>tide-tables${n}</span></div>
<h4 data-testid="card-title" class="card-title"><a href="/${gOrg}/tide-tables/issues/${n.slice(1)}">${t}</a></h4>
<ul class="card-labels"><li class="IssueLabel">${l}</li></ul></div>`,
      )
      .join('\n')}</div><button data-testid="board-view-add-item" class="add-item">Add item</button></div>`,
  )
  .join('\n')}</div></div>
<aside data-testid="project-details-pane" class="side-panel"><h2 class="side-panel-title">Project details</h2>
<h3 class="readme-title">README</h3><div data-testid="project-readme" class="markdown-body">${ps(gReadme)}</div></aside></div></main>
<footer class="footer pt-8 pb-6" role="contentinfo"><ul class="list-style-none d-flex">
${links(['Terms', 'Privacy', 'Security', 'Status', 'Docs', 'Contact'])}</ul>
<span>© 2026 GitHub, Inc.</span></footer></div></body></html>`;
const ghProjects: TestPage = {
  name: 'heldout443-github-projects-board-docs',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gCols.map(([n]) => n),
  body: [gShort, ...gCards, ...texts(gReadme)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Product', 'Solutions', 'Resources', 'Open Source', 'Pricing', 'Sign in', 'Sign up', 'Saltmarsh Tide', ...gNav, 'Board',
    'Roadmap', 'All items', ...gMeta, 'Add item', 'Project details', 'README', 'Terms', 'Privacy', 'Security', 'Status', 'Docs', 'Contact',
    '© 2026 GitHub, Inc.',
  ],
};

const lTitle = 'Public roadmap';
const lIntro = j(
  'What the Quillfeather team is building for the shared reading-list app, in the order we expect to ship it. Dates are',
  'intentions, not promises; items move when we learn something from you.',
);
const lSections: readonly (readonly [string, readonly (readonly [string, string, string, string])[]])[] = [
  [
    'Now',
    [
      [
        'Offline reading lists',
        j(
          'Lists you open on your phone will stay readable without a connection, including notes and highlights. Changes',
          'made offline sync when you are back online, and conflicts are shown side by side rather than silently merged.',
        ),
        'In progress',
        '212',
      ],
      [
        'Import from library loan history',
        j(
          'Borrowers at libraries that export loan history as a CSV will be able to turn it into a list in one step. We are',
          'starting with the two formats most of you sent us.',
        ),
        'In progress',
        '148',
      ],
    ],
  ],
  [
    'Next',
    [
      [
        'Shared lists for book clubs',
        j(
          'A list owner will be able to invite members who can add titles and vote on the next read. Votes close on a date',
          'the owner chooses, and the winner moves to the top of the list.',
        ),
        'Planned',
        '377',
      ],
      [
        'Reading goals that are not about page counts',
        'Goals by genre, by authors new to you or by time spent, for those who asked us to stop counting pages.',
        'Planned',
        '96',
      ],
    ],
  ],
  [
    'Later',
    [
      ['Audiobook progress', 'Track how far you are through an audiobook alongside print and e-books, entered by hand for now.', 'Exploring', '83'],
      [
        'Paper-book barcode scanning',
        j(
          'Point your phone at the barcode on the back of a book to add it to a list. Older books without a barcode would',
          'still be added by title; we are testing how well the camera copes with worn and curved covers.',
        ),
        'Exploring',
        '254',
      ],
    ],
  ],
];
const lItems = lSections.flatMap(([, is]) => is);
const lTags = ['Mobile', 'Imports', 'Social', 'Habits', 'Listening', 'Camera'];
const lHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"/><title>Roadmap · Quillfeather</title><meta name="viewport" content="width=device-width"/>
<meta property="og:title" content="Quillfeather public roadmap"/><meta name="description" content="What the Quillfeather team is building next."/>
<link rel="preload" href="/_next/static/media/inter-var.woff2" as="font" crossorigin=""/><link rel="stylesheet" href="/_next/static/css/5e1f0a.css"/>
</head><body><div id="__next"><div class="Layout_root__Kc8xP"><header class="Header_header__r2Qm4"><a href="/" class="Header_logo__bV1sX">Quillfeather</a>
<nav class="Header_nav__8JdFq"><ul>${links(['Features', 'Pricing', 'Roadmap', 'Changelog', 'Blog'])}</ul></nav>
<div class="Header_actions__H7lZk"><a href="/login">Log in</a><a href="/signup" class="Button_primary__x2Y8p">Get started</a></div></header>
<main class="Roadmap_main__Qz3oW"><section class="Roadmap_hero__m1Vt7"><span class="Roadmap_eyebrow__t5Rrj">Updated weekly</span>
<h1 class="Roadmap_title__0aNpG">${lTitle}</h1><p class="Roadmap_lede__xk9Ff">${lIntro}</p></section>
<div class="Roadmap_columns__Jb2sE">${lSections
  .map(
    ([name, is], si) => `<section class="Roadmap_column__Wm4pT" aria-labelledby="col-${si}"><h2 id="col-${si}" class="Roadmap_columnTitle__pL0eA">${name}</h2>
${is
  .map(
    ([t, d, st, v], k) => `<article class="RoadmapItem_item__c7HnQ"><div class="RoadmapItem_meta__f2Kd9"><span class="Chip_chip__oQ1x2">${st}</span>
<span class="Tag_tag__9sMvB">${lTags[si * 2 + k] ?? ''}</span></div><h3 class="RoadmapItem_title__Yh5aR">${t}</h3><p class="RoadmapItem_desc__ZA0lu">${d}</p>
<button class="Vote_button__nD8rT" aria-label="Upvote"><span class="Vote_count__P3vHh">${v}</span></button></article>`,
  )
  .join('\n')}</section>`,
  )
  .join('\n')}</div>
<aside class="Promo_promo__s0LcV"><p>Looking for what already shipped? <a href="/changelog">Read the changelog</a></p></aside>
<section class="Subscribe_box__Gm8wQ"><h2>Get roadmap updates</h2><p>One email a month when items move. No marketing.</p>
<form><input type="email" placeholder="you@example.com" aria-label="Email address"/><button type="submit">Subscribe</button></form></section></main>
<footer class="Footer_footer__tQ2Vd"><ul>${links(['About', 'Privacy', 'Terms', 'Status'])}</ul><p>© 2026 Quillfeather Ltd.</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"columns":3}},"page":"/roadmap","buildId":"r8Qm2","isFallback":false}</script>
</body></html>`;
const linear: TestPage = {
  name: 'heldout443-linear-style-roadmap-docs',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: lSections.flatMap(([n, is]) => [n, ...is.map(([t]) => t)]),
  body: [lIntro, ...lItems.map(([, d]) => d)],
  bylines: ['Updated weekly'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Features', 'Pricing', 'Roadmap', 'Changelog', 'Blog', 'Log in', 'Get started', 'In progress', 'Planned', 'Exploring', ...lTags,
    ...lItems.map(([, , , v]) => v).filter((v) => v.length > 2), 'Looking for what already shipped?', 'Read the changelog', 'Get roadmap updates',
    'One email a month when items move. No marketing.', 'Subscribe', 'About', 'Privacy', 'Terms', 'Status', '© 2026 Quillfeather Ltd.',
  ],
};

export const HELDOUT443_E: readonly TestPage[] = [ghProjects, linear];
