import { links, type TestPage, texts } from './page-kit.js';
import { drupalOlivero } from './pages-heldout30-a2.js';

/**
 * Held-out batch 30, file a: a mountain rescue team's news article on Joomla 5 with the Cassiopeia template (the
 * joomla-script-options JSON and the schemaorg JSON-LD in the head, the sticky header with menu and Smart Search form, the
 * "You are here" breadcrumbs, the article-info list with its hidden "Details" term, "Written by", category, published date
 * and hits, tags, the full-text image with its caption, the previous/next pagination, the right sidebar cards, a GDPR
 * cookie plugin's banner and the two-line mod_footer).
 */
const jmTitle = 'Busiest year on record as team answers 143 callouts';
const jmBody1 = [
  'Ravensdale Fell Rescue Team was called out 143 times in 2025, the highest number in the team’s 58-year history and almost a ' +
    'third more than the year before. Team leader Owen Pritchard said the figures, published in the annual report this week, ' +
    'reflected both the growing popularity of the valley and a run of unusually wet weekends in late summer.',
  'Slips, trips and lower-leg injuries again made up the largest share of incidents. Lost or benighted walkers came second, ' +
    'many of them on the descent from Scar Pike after dark, and the team supported the ambulance service on 19 occasions, ' +
    'carrying patients from places a road vehicle could not reach.',
];
const jmList = [
  'Slips, trips and lower-leg injuries: 51',
  'Lost or benighted walkers: 34',
  'Medical emergencies on the fell: 22',
  'Ambulance service support: 19',
  'Other incidents, including crag-fast dogs and sheep: 17',
];
const jmH1 = 'Volunteers gave more than 11,000 hours';
const jmBody2 = [
  'All 46 operational members are unpaid volunteers, and between callouts, training and fundraising they gave an estimated ' +
    '11,200 hours last year. Three new trainees passed their assessments in November, and two members completed the ' +
    'advanced casualty care course at Penrith.',
  '“Nobody joins for the statistics,” said Pritchard. “But when the pager goes at two in the morning and people still turn up ' +
    'in numbers, that is the thing that makes me proudest of this team.”',
];
const jmH2 = 'New base on track for spring';
const jmBody3 = [
  'Work on the new base at Low Garth is now in its final phase. The building will give the team a heated drying room, a proper ' +
    'training space and garaging for both Land Rovers under one roof, replacing the converted barn it has used since 1994.',
  'The base appeal has raised £612,000 of its £680,000 target. The team thanked the walkers, local businesses and village ' +
    'groups who have held events on its behalf, and said details of an open day would be announced once the building is ' +
    'handed over.',
];
const jmMenu = ['Home', 'About the Team', 'News', 'Join Us', 'Donate', 'Safety Advice', 'Contact'];
const jmPrevTitle = 'Night exercise with the search dogs on Harter Crag';
const jmThanks = 'Thank you to the Ravensdale Show committee';
const jmNextTitle = 'Winter safety talk at the village hall, 7 February';
const jmLatest = [jmPrevTitle, jmThanks, jmNextTitle];
const jmTags = ['Annual report', 'Base appeal'];
const jmHtml = `<!DOCTYPE html>
<html lang="en-gb" dir="ltr">
<head>
  <meta charset="utf-8">
  <meta name="author" content="Fiona Marsh">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="Ravensdale Fell Rescue Team volunteer mountain rescue, Cumbria">
  <meta name="generator" content="Joomla! - Open Source Content Management">
  <title>Busiest year on record as team answers 143 callouts - Ravensdale Fell Rescue Team</title>
  <link href="/media/templates/site/cassiopeia/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">
  <link href="/media/system/css/joomla-fontawesome.min.css?5c1f6a" rel="stylesheet">
  <link href="/media/templates/site/cassiopeia/css/template.min.css?5c1f6a" rel="stylesheet">
  <link href="/media/plg_system_gdpr/css/banner.css?1.4.2" rel="stylesheet">
  <style>:root { --hue: 214; --template-bg-light: #f0f4fb; --template-text-dark: #495057; --cassiopeia-color-primary: #1f3047; }</style>
  <script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Error","MESSAGE":"Message","NOTICE":"Notice",
"WARNING":"Warning","JCLOSE":"Close","JOK":"OK","JOPEN":"Open"},"system.paths":{"root":"","rootFull":"https:\\/\\/www.ravensdalefrt.org.example\\/",
"base":"","baseFull":"https:\\/\\/www.ravensdalefrt.org.example\\/"},"csrf.token":"0f6c1e2b9d7a4c3e8b5f1a2d6c9e7b40"}</script>
  <script src="/media/system/js/core.min.js?2cb912"></script>
  <script src="/media/templates/site/cassiopeia/js/template.min.js?5c1f6a" defer></script>
  <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Organization",
"@id":"https://www.ravensdalefrt.org.example/#/schema/Organization/base",
"name":"Ravensdale Fell Rescue
Team","url":"https://www.ravensdalefrt.org.example/"},{"@type":"WebSite","@id":"https://www.ravensdalefrt.org.example/#/schema/WebSite/base",
"url":"https://www.ravensdalefrt.org.example/","name":"Ravensdale Fell Rescue Team"},{"@type":"BlogPosting",
"@id":"https://www.ravensdalefrt.org.example/#/schema/com_content/article/312","name":"Busiest year on record as team answers 143 callouts",
"headline":"Busiest year on record as team answers 143 callouts","author":{"@type":"Person","name":"Fiona Marsh"},
"datePublished":"2026-01-12T08:00:00+00:00","inLanguage":"en-GB"}]}</script>
</head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-104 has-sidebar-right">
  <header class="header container-header full-width position-sticky sticky-top">
    <div class="grid-child">
      <div class="navbar-brand">
        <a class="brand-logo" href="/"><img loading="eager" decoding="async" src="/images/logo/rfrt-logo.png" alt="Ravensdale Fell Rescue Team" width="220"
height="64"></a>
        <div class="site-description">Volunteer mountain rescue for the Ravensdale fells since 1967</div>
      </div>
    </div>
    <div class="grid-child container-nav">
      <nav class="navbar navbar-expand-lg" aria-label="Main Menu">
        <button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1"
          aria-expanded="false" aria-label="Toggle Navigation"><span class="icon-menu" aria-hidden="true"></span></button>
        <div class="collapse navbar-collapse" id="navbar1">
          <ul class="mod-menu mod-list nav ">
${links(jmMenu, 'nav-item')}
          </ul>
        </div>
      </nav>
      <div class="container-search">
        <form class="mod-finder js-finder-searchform form-search" action="/component/finder/search?Itemid=101" method="get" role="search">
          <label for="mod-finder-searchword117" class="visually-hidden finder">Search</label>
          <div class="mod-finder__search input-group"><input type="text" name="q" id="mod-finder-searchword117" class="js-finder-search-query form-control"
            value="" placeholder="Search ..."><button class="btn btn-primary" type="submit"><span class="icon-search icon-white" aria-hidden="true"></span>
Go</button></div>
          <input type="hidden" name="Itemid" value="101">
        </form>
      </div>
    </div>
  </header>
  <div class="site-grid">
    <div class="grid-child container-component">
      <nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">
        <ol class="mod-breadcrumbs breadcrumb px-3 py-2">
          <li class="mod-breadcrumbs__here float-start">You are here: &#160;</li>
          <li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>Home</span></a></li>
          <li class="mod-breadcrumbs__item breadcrumb-item"><a href="/news" class="pathway"><span>News</span></a></li>
          <li class="mod-breadcrumbs__item breadcrumb-item active"><span>${jmTitle}</span></li>
        </ol>
      </nav>
      <div id="system-message-container" aria-live="polite"></div>
      <main>
        <div class="com-content-article item-page">
          <meta itemprop="inLanguage" content="en-GB">
          <div class="page-header">
            <h1>${jmTitle}</h1>
          </div>
          <dl class="article-info text-muted">
            <dt class="article-info-term">Details</dt>
            <dd class="createdby"><span class="icon-user icon-fw" aria-hidden="true"></span>
              Written by: <span>Fiona Marsh</span></dd>
            <dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>
              Category: <a href="/news/team-news">Team News</a></dd>
            <dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span>
              <time datetime="2026-01-12T08:00:00+00:00">Published: 12 January 2026</time></dd>
            <dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span>
              Hits: 418</dd>
          </dl>
          <ul class="tags list-inline">
${jmTags
  .map(
    (t, i) => `            <li class="list-inline-item tag-${i + 7} tag-list${i}"><a href="/component/tags/tag/${t.toLowerCase().replace(' ', '-')}"
class="btn btn-sm btn-info">${t}</a></li>`,
  )
  .join('\n')}
          </ul>
          <figure class="left item-image">
            <img src="/images/news/2026/low-garth-build.jpg#joomlaImage://local-images/news/2026/low-garth-build.jpg?width=1200&amp;height=800"
              width="1200" height="800" loading="lazy" alt="Steel frame of the new rescue base with scaffolding">
            <figcaption class="caption">The new base at Low Garth under construction in December. Photo: RFRT</figcaption>
          </figure>
          <div class="com-content-article__body">
            ${jmBody1.map((p) => `<p>${p}</p>`).join('\n            ')}
            <p><strong>Callouts by type in 2025</strong></p>
            <ul>
${jmList.map((t) => `              <li>${t}</li>`).join('\n')}
            </ul>
            <h3>${jmH1}</h3>
            ${jmBody2.map((p) => `<p>${p}</p>`).join('\n            ')}
            <h3>${jmH2}</h3>
            ${jmBody3.map((p) => `<p>${p}</p>`).join('\n            ')}
            <p><a href="/images/documents/rfrt-annual-report-2025.pdf" target="_blank">Download the 2025 annual report (PDF, 3.1 MB)</a></p>
          </div>
          <nav class="pagenavigation" aria-label="Page Navigation">
            <span class="pagination ms-0">
              <a class="btn btn-sm btn-secondary previous" href="/news/team-news/311-night-exercise-harter-crag" rel="prev">
                <span class="visually-hidden">Previous article: ${jmPrevTitle}</span>
                <span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Prev</span></a>
              <a class="btn btn-sm btn-secondary next" href="/news/team-news/313-winter-safety-talk" rel="next">
                <span class="visually-hidden">Next article: ${jmNextTitle}</span>
                <span aria-hidden="true">Next</span> <span class="icon-chevron-right" aria-hidden="true"></span></a>
            </span>
          </nav>
        </div>
      </main>
    </div>
    <div class="grid-child container-sidebar-right">
      <div class="sidebar-right card callout-card">
        <h3 class="card-header">In an emergency</h3>
        <div class="card-body"><div class="mod-custom custom">
          <p>Dial 999, ask for Police, then Mountain Rescue.</p>
          <p>Stay where you are, keep warm and keep your phone switched on.</p>
        </div></div>
      </div>
      <div class="sidebar-right card">
        <h3 class="card-header">Latest News</h3>
        <div class="card-body"><ul class="mod-articleslatest latestnews mod-list">
${jmLatest.map((t) => `          <li><a href="/news/team-news"><span>${t}</span></a></li>`).join('\n')}
        </ul></div>
      </div>
      <div class="sidebar-right card">
        <h3 class="card-header">Support the Team</h3>
        <div class="card-body"><div class="mod-custom custom">
          <p>We receive no government funding. Every callout is paid for by donations.</p>
          <p><a class="btn btn-primary" href="/donate">Donate now</a></p>
        </div></div>
      </div>
    </div>
  </div>
  <footer class="container-footer footer full-width">
    <div class="grid-child">
      <div class="mod-footer">
        <div class="footer1">Copyright &#169; 2026 Ravensdale Fell Rescue Team. All Rights Reserved.</div>
        <div class="footer2"><a href="https://www.joomla.org">Joomla!</a> is Free Software released under the
          <a href="https://www.gnu.org/licenses/gpl-2.0.html">GNU General Public License.</a></div>
      </div>
      <ul class="mod-menu mod-list nav footer-menu">
${links(['Privacy Notice', 'Cookie Policy', 'Accessibility'], 'nav-item')}
      </ul>
      <p class="charity-number">Registered charity no. 1098213</p>
    </div>
  </footer>
  <a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
  <div id="gdpr-banner" class="gdpr-banner gdpr-banner--bottom" role="dialog" aria-live="polite" aria-label="Cookie consent">
    <div class="gdpr-banner__text">We use cookies on our website. Some of them are essential, while others help us to improve this site and your
experience.</div>
    <div class="gdpr-banner__buttons"><button class="btn btn-success gdpr-accept">Accept</button><button class="btn btn-outline-light
gdpr-decline">Decline</button>
      <a class="gdpr-banner__link" href="/cookie-policy">Cookie settings</a></div>
  </div>
</body>
</html>`;
const joomla: TestPage = {
  html: jmHtml,
  name: 'heldout30-joomla-article',
  kind: 'news',
  // the list of callouts by type and the bold line above it are the article's (body: the line is a label, but it is written
  // in the article body by its author, not by the template); the two h3 are the headings; the annual-report download link
  // at the end of the body is the article's own link (body); "Fiona Marsh" and "Published: 12 January 2026" are the
  // bylines ("Written by:" in neither, as "By" was in batch 19); the hidden "Details" term, category, hits, tags, caption,
  // prev/next, the sidebar cards, footer, cookie banner and menu are furniture; the breadcrumb's last item repeats the title
  // (in neither), and the "Latest News" titles are also the hidden prev/next labels' texts (listed once, in the labels)
  title: jmTitle,
  headings: [jmH1, jmH2],
  body: [...texts(jmBody1), 'Callouts by type in 2025', ...jmList, ...texts(jmBody2), ...texts(jmBody3), 'Download the 2025 annual report (PDF, 3.1 MB)'],
  bylines: ['Fiona Marsh', 'Published: 12 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Volunteer mountain rescue for the Ravensdale fells since 1967', ...jmMenu, 'Search', 'Go', 'You are here:', 'Details', 'Category:', 'Team News',
    'Hits: 418', ...jmTags, 'The new base at Low Garth under construction in December. Photo: RFRT', `Previous article: ${jmPrevTitle}`, 'Prev',
    `Next article: ${jmNextTitle}`, 'Next', 'In an emergency', 'Dial 999, ask for Police, then Mountain Rescue.',
    'Stay where you are, keep warm and keep your phone switched on.', 'Latest News', jmThanks, 'Support the Team',
    'We receive no government funding. Every callout is paid for by donations.', 'Donate now',
    'Copyright © 2026 Ravensdale Fell Rescue Team. All Rights Reserved.', 'Joomla! is Free Software released under the GNU General Public License.',
    'Privacy Notice', 'Cookie Policy', 'Accessibility', 'Registered charity no. 1098213',
    'We use cookies on our website. Some of them are essential, while others help us to improve this site and your experience.', 'Accept',
    'Decline', 'Cookie settings',
  ],
};

export const HELDOUT30_A: readonly TestPage[] = [joomla, drupalOlivero];
